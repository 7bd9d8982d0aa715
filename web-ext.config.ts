import { defineWebExtConfig } from 'wxt';

// Dev mode would try to open a visible browser; print the folder to load instead.
export default defineWebExtConfig({ disabled: true });
