import { createContext } from 'preact';

/**
 * Whether the credit list shows picture thumbnails. A thumbnail loads the page's own picture
 * from the publisher's server, so the editor can turn them off; the panel keeps the choice.
 * @default show: true
 */
export type ThumbnailSetting = { show: boolean; setShow: (show: boolean) => void };

export const Thumbnails = createContext<ThumbnailSetting>({ show: true, setShow: () => {} });
