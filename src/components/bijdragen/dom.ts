/** Small DOM helpers for the form's browser modules, and the id scheme its components share. */

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T & Element>(sel) as T;
export const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T & Element>(sel)] as T[];

const idDeel = (sleutel: string) => sleutel.replace(/[._]/g, '-');

/**
 * The id of the control for a field key, the key errors carry ("kosten.0.bedrag" -> "veld-kosten-0-bedrag").
 * Components give their controls these ids, so a message in the error summary can link to its field.
 */
export const veldId = (sleutel: string) => `veld-${idDeel(sleutel)}`;

/** The id of the message shown next to a field. */
export const foutId = (sleutel: string) => `fout-${idDeel(sleutel)}`;
