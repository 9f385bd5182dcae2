import { describe, expect, test } from 'vitest';
import { CAPTIONS, FURNITURE, separateFurniture } from './article-furniture';

/** Each rule drops the page furniture it names and keeps the article's own sentences. */
const rule = (rules: typeof FURNITURE, name: string) => rules.find((r) => r.name === name)!;

describe('the page furniture rules', () => {
  const furniture: [string, string, string][] = [
    ['browser notice', 'IE 11 is not supported. For an optimal experience visit our site on another browser.', 'Ecuador said it does not support any candidate.'],
    ['site navigation', 'Find Us', 'Find us the documents, he said.'],
    ['share buttons', 'Share this articleClose Button', 'Share this article with your senator, he wrote.'],
    ['image placeholder', '  • 16x9 Image', 'The image of Assange on the balcony circulated widely.'],
    ['image label', 'Image: Julian Assange', 'Julian Assange: the image of a whistleblower, his lawyer said.'],
    ['related links heading', 'read more:', 'Read more of the messages below.'],
    ["broadcaster's self-description", 'RFE/RL journalists report the news in 27 languages in 23 countries', 'RFE/RL reported the statement.'],
  ];
  test.each(furniture)('%s: drops "%s", keeps "%s"', (name, page, article) => {
    expect(rule(FURNITURE, name).test(page.trim())).toBe(true);
    expect(FURNITURE.some((r) => r.test(article))).toBe(false);
  });

  const captions: [string, string][] = [
    ['AP photo credit', 'In this October 5, 2017, photo, Donald Trump Jr. speaks during a fundraiser. (AP Photo/Brynn Anderson)'],
    ['picture credit', 'File photo of Julian Assange. Picture by: Dominic Lipinski/PA Wire/PA Images'],
    ['agency credit run on', 'WikiLeaks founder Julian Assange stands on the balcony on February 5, 2016.Frank Augstein / AP'],
    ['copyright credit', 'Julian Assange speaks from a balcony in February 2016. Copyright Facundo Arrizabalaga EPA file'],
  ];
  test.each(captions)('%s makes a caption: "%s"', (name, line) => {
    expect(rule(CAPTIONS, name).test(line)).toBe(true);
  });

  test('no caption rule takes a sentence of reporting that names an agency', () => {
    for (const line of ['With reporting by AP, AFP, and Reuters', 'The AP reported the messages (first published by the Atlantic).', 'Trump Jr. told the AP.']) {
      expect(CAPTIONS.some((r) => r.test(line)), line).toBe(false);
    }
  });
});

describe('separateFurniture', () => {
  const facts = { title: 'US Attorney General says arresting Julian Assange is a \u2018priority\u2019', byline: ['Ken Dilanian', 'Rich Schapiro'] };

  test('drops the repeated headline (typographic quotes or not), the byline line and a credit printed twice', () => {
    const { paragraphs, captions, dropped } = separateFurniture(
      [
        "US Attorney General says arresting Julian Assange is a 'priority'",
        'By\u00a0Ken Dilanian and Rich Schapiro with NBC News',
        'Assange speaks from a balcony. Copyright Facundo Arrizabalaga EPA file',
        'Copyright Facundo Arrizabalaga EPA file',
        'The US Attorney General has suggested that arresting Assange is a priority.',
      ],
      facts,
    );
    expect(dropped.map((d) => d.rule)).toEqual(['headline repeated', 'byline', 'repeated line']);
    expect(captions).toEqual([{ before: 0, text: 'Assange speaks from a balcony. Copyright Facundo Arrizabalaga EPA file' }]);
    expect(paragraphs).toEqual(['The US Attorney General has suggested that arresting Assange is a priority.']);
  });

  test('keeps a line beginning "By" that is not the byline, and paragraphs exactly as written', () => {
    const line = 'By  October, the messages had stopped.';
    expect(separateFurniture([line], facts).paragraphs).toEqual([line]);
  });

  test('places a caption before the paragraph it stood before', () => {
    const { captions } = separateFurniture(['One.', 'Two.', 'Assange on the balcony. (AP Photo/Frank Augstein, File)', 'Three.'], { title: 'T' });
    expect(captions).toEqual([{ before: 2, text: 'Assange on the balcony. (AP Photo/Frank Augstein, File)' }]);
  });
});
