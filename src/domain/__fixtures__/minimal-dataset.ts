/** A small valid dataset; each call returns a fresh copy for a test to break. */
export function minimalDataset() {
  return {
    schemaVersion: 1,
    title: 'Fixture timeline',
    description: 'Two events from one article.',
    span: '2016/2017',
    articles: [
      {
        id: 'paper',
        title: 'A headline',
        outlet: 'The Paper',
        url: 'https://example.com/story',
        published: '2016-10-18',
        paragraphs: ['WikiLeaks said the internet access was cut off Sunday.', 'Ecuador said the decision was its own.'],
      },
    ],
    tags: [{ id: 'asylum', label: 'Asylum', description: 'The embassy years.' }],
    actors: [
      { id: 'ecuador', name: 'Ecuador', kind: 'government', description: 'The host state.' },
      { id: 'wikileaks', name: 'WikiLeaks', kind: 'organization', description: 'The publisher.' },
    ],
    events: [
      {
        id: 'cut-off',
        title: 'Internet cut off',
        summary: 'The embassy cut the connection.',
        date: '2016-10-16',
        actors: ['ecuador', 'wikileaks'],
        tags: ['asylum'],
        sources: [{ article: 'paper', quote: 'cut off Sunday', dateBasis: "'Sunday' before 18 Oct 2016" }],
        disputes: [
          {
            question: 'Whose decision was it?',
            positions: [
              {
                stance: 'asserts',
                actor: 'ecuador',
                statement: 'Ecuador says it decided alone.',
                source: { article: 'paper', quote: 'Ecuador said the decision was its own.' },
              },
              {
                stance: 'denies',
                actor: 'wikileaks',
                statement: 'WikiLeaks reports the cut-off.',
                source: { article: 'paper', quote: 'WikiLeaks said the internet access' },
              },
            ],
          },
        ],
      },
      {
        id: 'statement',
        title: 'Ecuador explains',
        summary: 'A statement.',
        date: '2016-10',
        actors: ['ecuador'],
        tags: ['asylum'],
        sources: [{ article: 'paper', quote: 'Ecuador said the decision was its own.' }],
      },
    ],
  };
}

/** The same, with a story through both events. */
export function minimalDatasetWithStory() {
  return {
    ...minimalDataset(),
    stories: [
      {
        id: 'cut-off-story',
        title: 'The cut-off',
        summary: 'From the cut-off to Ecuador’s word on it.',
        steps: [
          { event: 'cut-off', note: 'First, the connection goes.' },
          { event: 'statement', note: 'Then Ecuador speaks.' },
        ],
      },
    ],
  };
}
