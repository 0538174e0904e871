import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { leesbareTekst, vouw } from './leesbaar.ts';
import { MARKDOWN_OPTIES } from './markdown.ts';
import { parseMarkdownInBrowser } from './micromark.ts';

const lees = (md: string) => leesbareTekst(markdownToMdast(md, MARKDOWN_OPTIES) as Root, 10);

describe('vouw: Unicode as a reader sees it', () => {
  it.each([
    ['１２３', '123'],
    ['06\u201312345678', '06-12345678'],
    ['06\u221212345678', '06-12345678'],
    ['123\u00A0456\u202F782', '123 456 782'],
    ['12\u200B34\u00AD56\u2060', '123456'],
    ['jan\uFF20gmail\uFF0Ecom', 'jan@gmail.com'],
    ['123\u2215456\u2044782', '123/456/782'],
    ['regel\nregel', 'regel\nregel'],
  ])('%j -> %j', (invoer, uit) => expect(vouw(invoer)).toBe(uit));
});

describe('leesbareTekst: the words of the rendered text, with their lines', () => {
  it('joins a paragraph across emphasis, decodes entities, and keeps blocks apart', () => {
    const { tekst } = lees('Nummer 1234**5**67&#56;2.\n\n# Kop\n\n- punt');
    expect(tekst).toBe('Nummer 123456782.\nKop\npunt\n');
  });
  it('reads link addresses, image alt texts and code as well', () => {
    const { tekst } = lees('[mail](mailto:a@b.nl "titel") ![alt 06](x.png) `code 1`\n\n```\nblok 2\n```');
    expect(tekst.split('\n')).toEqual(['mail  code 1', 'blok 2', 'mailto:a@b.nl', 'titel', 'x.png', 'alt 06']);
  });
  it('maps every position back to its line in the file', () => {
    const r = lees('Eerste.\n\nTweede\nregel 06-12345678.\n\n| a |\n|---|\n| 0612 |');
    expect(r.regelOp(r.tekst.indexOf('Eerste'))).toBe(10);
    expect(r.regelOp(r.tekst.indexOf('06-12345678'))).toBe(13);
    expect(r.regelOp(r.tekst.lastIndexOf('0612'))).toBe(17);
  });
  it("gives the same text with the form's parser (micromark)", () => {
    const md = 'Nummer 1234**5**67&#56;2 en [x](mailto:a@b.nl).\n\n> citaat 06\u201312345678\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(leesbareTekst(parseMarkdownInBrowser(md)).tekst).toBe(lees(md).tekst);
  });
});
