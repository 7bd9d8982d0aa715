/**
 * The team database's own guard: a `validate_doc_update` function CouchDB runs on every
 * write, whoever sends it, so a broken or hostile client cannot corrupt the team library.
 * It refuses writes by anyone who is not a member or admin of the database, any document
 * that is not a well-formed Copydesk clipping, and a `changedBy` that is not the writer.
 * Written as ES5 source: CouchDB's JavaScript engine runs it, not ours.
 */

/** The design document's id. */
export const DESIGN_ID = '_design/copydesk';

/** Bumped when the function changes; `team setup` writes the design document again. */
export const VALIDATION_VERSION = 1;

const SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var MEMBERS = __MEMBERS__;
  var ADMINS = __ADMINS__;
  function fail(why) { throw ({ forbidden: why }); }
  function str(x) { return typeof x === 'string'; }
  function arr(x) { return Object.prototype.toString.call(x) === '[object Array]'; }
  function obj(x) { return x !== null && typeof x === 'object' && !arr(x); }
  function has(list, x) { return arr(list) && list.indexOf(x) !== -1; }
  var name = userCtx.name;
  var roles = userCtx.roles || [];
  function listed(part, names) {
    if (name && has(names, name)) return true;
    var p = (secObj && secObj[part]) || {};
    if (name && has(p.names, name)) return true;
    var r = p.roles || [];
    for (var i = 0; i < r.length; i++) if (has(roles, r[i])) return true;
    return false;
  }
  var admin = has(roles, '_admin') || listed('admins', ADMINS);
  if (!admin && !listed('members', MEMBERS)) throw ({ unauthorized: 'Only members of this team may write here.' });
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!admin) fail('Only team admins may change the design document.');
    return;
  }
  if (newDoc._deleted) return;
  if (newDoc.type !== 'copydesk-clipping') fail('Not a Copydesk record: type must be copydesk-clipping.');
  if (newDoc.format !== 1) fail('Not a Copydesk record: unknown format.');
  if (!str(newDoc.uid) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(newDoc.uid))
    fail('Not a Copydesk record: uid must be a UUID.');
  if (newDoc._id !== 'clipping:' + newDoc.uid) fail('Not a Copydesk record: _id must be clipping:<uid>.');
  if (newDoc.previousUid !== null && !str(newDoc.previousUid)) fail('previousUid must be a uid or null.');
  if (!str(newDoc.changedAt)) fail('changedAt must be a date.');
  if (newDoc.changedBy !== name && !admin) fail('changedBy must be the writer (' + name + ').');
  var c = newDoc.clipping;
  if (!obj(c)) fail('clipping must be an object.');
  var texts = ['url', 'normalizedUrl', 'title', 'html', 'text', 'clippedAt', 'updatedAt'];
  for (var i = 0; i < texts.length; i++) if (!str(c[texts[i]])) fail('clipping.' + texts[i] + ' must be text.');
  if (!arr(c.findings)) fail('clipping.findings must be a list.');
  if (/^\\s*(javascript|data|vbscript):/i.test(c.url)) fail('clipping.url must be a page address.');
  var s = newDoc.shared;
  if (!obj(s)) fail('shared must be an object.');
  if (!arr(s.tags)) fail('shared.tags must be a list.');
  for (i = 0; i < s.tags.length; i++) if (!str(s.tags[i])) fail('shared.tags must be a list of text.');
  if (!arr(s.flags)) fail('shared.flags must be a list.');
  var statuses = ['unchecked', 'verified', 'disputed', 'needs-source'];
  for (i = 0; i < s.flags.length; i++) {
    var f = s.flags[i];
    if (!obj(f) || !str(f.findingId) || !str(f.note) || !str(f.by) || !str(f.updatedAt) || !has(statuses, f.status))
      fail('shared.flags[' + i + '] is not a flag.');
  }
  if (!arr(s.annotations)) fail('shared.annotations must be a list.');
  for (i = 0; i < s.annotations.length; i++) {
    var a = s.annotations[i];
    if (!obj(a) || !str(a.id) || !str(a.note) || !arr(a.tags)) fail('shared.annotations[' + i + '] is not an annotation.');
  }
  if (!str(s.note) || !str(s.noteBy) || !str(s.noteAt)) fail('shared.note must be text.');
  if (!arr(s.history)) fail('shared.history must be a list.');
}`;

/** The validation function for a team with these members and admins (also read from `_security`). */
export function validationSource(members: readonly string[], admins: readonly string[]): string {
  return SOURCE.replace('__MEMBERS__', JSON.stringify(members)).replace('__ADMINS__', JSON.stringify(admins));
}

/** The design document `team setup` writes. */
export function designDoc(members: readonly string[], admins: readonly string[], rev?: string) {
  return {
    _id: DESIGN_ID,
    ...(rev ? { _rev: rev } : {}),
    copydesk: { validation: VALIDATION_VERSION },
    validate_doc_update: validationSource(members, admins),
  };
}
