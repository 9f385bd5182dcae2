/**
 * Each row of issue 19's table in its original wording, as a patch on the
 * bundled dataset: the wording lint must flag one of the patched places. Some rows
 * need the original date beside the original words, as the two were wrong together.
 */
export type Path = (string | number)[];
export interface BadLine {
  row: string;
  /** Where the original words go (collection, id, then the field inside), and the words. */
  patch: [Path, string][];
}

export const BAD_LINES: BadLine[] = [
  {
    row: "mistaken-filing: \"reveals\"",
    patch: [
      [["events", "mistaken-filing", "title"], "Court filing reveals sealed charges by mistake"],
    ],
  },
  {
    row: "witnesses-approached: attribution dropped",
    patch: [
      [["events", "witnesses-approached", "title"], "Prosecutors press witnesses to testify"],
    ],
  },
  {
    row: "sessions-priority: title",
    patch: [
      [["events", "sessions-priority", "title"], "Sessions calls arresting Assange a “priority”"],
    ],
  },
  {
    row: "sessions-priority: summary",
    patch: [
      [["events", "sessions-priority", "summary"], "Asked by reporters whether arresting Assange was a priority, Attorney General Jeff Sessions said efforts against all leaks were being stepped up, that it was a priority, and that people would be jailed where a case could be made."],
    ],
  },
  {
    row: "from-speeches-to-sealed-charges: summary",
    patch: [
      [["stories", "from-speeches-to-sealed-charges", "summary"], "In April 2017 the CIA director called WikiLeaks a hostile intelligence service and the attorney general called Assange’s arrest a priority. By January 2019 charges appeared to have been filed against Assange under seal, and, according to WikiLeaks, prosecutors were pressing witnesses to testify. Nine steps."],
    ],
  },
  {
    row: "from-speeches-to-sealed-charges: step 4",
    patch: [
      [["stories", "from-speeches-to-sealed-charges", "steps", 3, "note"], "Around 20 April, Attorney General Jeff Sessions is asked whether arresting Assange is a priority. It is, he says: efforts against all leaks are being stepped up, and people will be jailed where a case can be made."],
    ],
  },
  {
    row: "sessions-priority: date from an internal file",
    patch: [
      [["events", "sessions-priority", "sources", 0, "dateBasis"], "Not dated in the text; sources.json notes that he spoke to reporters the day before publication (Thursday 20 Apr 2017), hence approximate"],
      [["events", "sessions-priority", "date"], "2017-04-20~"],
    ],
  },
  {
    row: "democratic-emails-hacked: summary",
    patch: [
      [["events", "democratic-emails-hacked", "summary"], "Emails of the Democratic National Committee and senior Democrats, including Clinton campaign chairman John Podesta, were hacked and ended up with WikiLeaks. U.S. officials, cybersecurity experts and intelligence agencies blame Russia; Assange and WikiLeaks deny that Russia was the source."],
    ],
  },
  {
    row: "where-the-emails-came-from: step 1",
    patch: [
      [["stories", "where-the-emails-came-from", "steps", 0, "note"], "It begins with a hack: emails of the Democratic National Committee and of Clinton’s campaign chairman, John Podesta, end up with WikiLeaks. Who took them is the question this story follows; both sides are below."],
    ],
  },
  {
    row: "podesta-email-releases: exact month",
    patch: [
      [["events", "podesta-email-releases", "sources", 0, "dateBasis"], "Under way ('has been posting') at the article of 18 Oct 2016 and done 'in recent weeks' per the article of 8 Nov 2016 → October 2016"],
      [["events", "podesta-email-releases", "date"], "2016-10"],
    ],
  },
  {
    row: "where-the-emails-came-from: step 5 \"In October\"",
    patch: [
      [["stories", "where-the-emails-came-from", "steps", 4, "note"], "In October, the closing weeks of the campaign, WikiLeaks publishes the emails of Podesta and other Democratic officials, day after day."],
      [["events", "podesta-email-releases", "date"], "2016-10"],
      [["events", "podesta-email-releases", "sources", 0, "dateBasis"], "Under way ('has been posting') at the article of 18 Oct 2016 and done 'in recent weeks' per the article of 8 Nov 2016 → October 2016"],
    ],
  },
  {
    row: "who-cut-the-connection: step 7 causal link",
    patch: [
      [["stories", "who-cut-the-connection", "steps", 6, "note"], "On election day, 8 November, Assange answers the charge behind the message to Ecuador: the publications, he says, were not meant to sway the election, and he rejects any Russian link."],
    ],
  },
  {
    row: "who-cut-the-connection: summary \"intelligence officials\"",
    patch: [
      [["stories", "who-cut-the-connection", "summary"], "In October 2016 Assange lost his internet access inside Ecuador’s London embassy. Ecuador says the decision was its own; U.S. intelligence officials told NBC News that quiet U.S. pressure played a part; the U.S. government denies pushing Ecuador. Seven steps through who says what."],
    ],
  },
  {
    row: "who-cut-the-connection: step 4",
    patch: [
      [["stories", "who-cut-the-connection", "steps", 3, "note"], "On Sunday 16 October WikiLeaks says Assange’s internet access has been cut off. Here the accounts part: below, U.S. intelligence officials who speak of quiet pressure stand against Ecuador, the administration and the State Department, who deny it."],
    ],
  },
  {
    row: "internet-cut-off: dispute \"intelligence officials\"",
    patch: [
      [["events", "internet-cut-off", "disputes", 0, "positions", 0, "statement"], "U.S. intelligence officials told NBC News that quiet U.S. pressure played a role in Ecuador’s decision."],
    ],
  },
  {
    row: "who-cut-the-connection: step 3 \"carry water\"",
    patch: [
      [["stories", "who-cut-the-connection", "steps", 2, "note"], "First, by the account of U.S. intelligence officials, a message reaches Ecuador: Assange is a willing participant in a Russian operation against the election, and Ecuador should stop letting him “carry water” for Russian intelligence. The sources give no day for it."],
    ],
  },
  {
    row: "us-message-to-ecuador: \"carry water\"",
    patch: [
      [["events", "us-message-to-ecuador", "summary"], "According to U.S. intelligence officials, the U.S. conveyed to Ecuador its conclusion that Assange was a willing participant in a Russian intelligence operation against the presidential election, and that Ecuador should stop letting him “carry water” for Russian intelligence. They said Ecuador was receptive."],
    ],
  },
  {
    row: "where-the-emails-came-from: step 7 \"election day\"",
    patch: [
      [["stories", "where-the-emails-came-from", "steps", 6, "note"], "On election day Assange rejects any Russian connection, and says WikiLeaks published nothing on Trump because it had no such material."],
    ],
  },
  {
    row: "election-day-statement: \"election-day\"",
    patch: [
      [["events", "election-day-statement", "summary"], "In an election-day statement Assange said the Clinton publications were not meant to influence the result, rejected any Russian link, said WikiLeaks had published nothing on Trump because it had no such material, and vowed to keep publishing whoever won."],
    ],
  },
  {
    row: "trump-jr-messages: step 1",
    patch: [
      [["stories", "trump-jr-messages", "steps", 0, "note"], "The exchange as a whole: from September 2016 to July 2017 the WikiLeaks account, widely believed to be run by Assange, writes to Trump Jr., asking him to push its leaks and for his father’s tax returns. He replies three times."],
    ],
  },
  {
    row: "trump-jr-messages: step 2",
    patch: [
      [["stories", "trump-jr-messages", "steps", 1, "note"], "On 3 October 2016 WikiLeaks asks the campaign to comment on or push a story about Hillary Clinton: a quote attributed to her about wanting to “just drone” Assange."],
    ],
  },
  {
    row: "trump-jr-messages: step 3",
    patch: [
      [["stories", "trump-jr-messages", "steps", 2, "note"], "An hour and a half later comes one of Trump Jr.’s three replies: he had already done so earlier that day."],
    ],
  },
  {
    row: "trump-jr-messages: step 7",
    patch: [
      [["stories", "trump-jr-messages", "steps", 6, "note"], "Following the report, Trump Jr. publishes the exchange himself, his replies included, seeking to play down the article."],
    ],
  },
  {
    row: "trump-jr-messages: step 9",
    patch: [
      [["stories", "trump-jr-messages", "steps", 8, "note"], "Trump Jr.’s lawyer, Alan Futerfas, answers that thousands of documents went to the committees, asks why material given to Congress in confidence was selectively leaked, and says the documents raise no concerns."],
    ],
  },
  {
    row: "trump-jr-messages: step 10",
    patch: [
      [["stories", "trump-jr-messages", "steps", 9, "note"], "Assange’s account: the messages were part of WikiLeaks’ usual efforts to get prominent people to promote its publications."],
    ],
  },
  {
    row: "from-speeches-to-sealed-charges: step 6",
    patch: [
      [["stories", "from-speeches-to-sealed-charges", "steps", 5, "note"], "On 21 April Assange answers on Twitter, criticising an administration that has taken a hard line on leaks despite Trump’s praise for WikiLeaks during the campaign."],
    ],
  },
  {
    row: "from-speeches-to-sealed-charges: step 9",
    patch: [
      [["stories", "from-speeches-to-sealed-charges", "steps", 8, "note"], "January 2019: in a submission to the Inter-American Commission on Human Rights, WikiLeaks urges the Justice Department to unseal the charges and warns that the case could be used against the mainstream press. The Justice Department declines to comment."],
    ],
  },
  {
    row: "iachr-submission: \"on Human Rights\", \"warned\"",
    patch: [
      [["events", "iachr-submission", "summary"], "In a submission to the Inter-American Commission on Human Rights, WikiLeaks urged the Justice Department to unseal the apparent charges, suggested the U.S. had worked with Ecuador to monitor Assange in the embassy (which former intelligence officials called plausible), and warned the case could be used against the mainstream press. The Justice Department declined to comment."],
    ],
  },
  {
    row: "election-day-statement: dispute \"officials\"",
    patch: [
      [["events", "election-day-statement", "disputes", 0, "positions", 0, "statement"], "Senior U.S. intelligence officials described Assange as a willing, though not active, participant in a Russian scheme against the election."],
    ],
  },
  {
    row: "embassy-asylum: asylum dated by his living there",
    patch: [
      [["events", "embassy-asylum", "title"], "Assange granted asylum in Ecuador’s embassy"],
    ],
  },
  {
    row: "actor julian-assange",
    patch: [
      [["actors", "julian-assange", "description"], "Australian founder of WikiLeaks, living in Ecuador’s London embassy from 2012."],
    ],
  },
  {
    row: "actor democratic-national-committee",
    patch: [
      [["actors", "democratic-national-committee", "description"], "Governing body of the U.S. Democratic Party, whose data was hacked."],
    ],
  },
  {
    row: "actor cnn",
    patch: [
      [["actors", "cnn", "description"], "U.S. cable news network."],
    ],
  },
  {
    row: "actor new-york-times",
    patch: [
      [["actors", "new-york-times", "description"], "U.S. daily newspaper."],
    ],
  },
  {
    row: "actor the-atlantic",
    patch: [
      [["actors", "the-atlantic", "description"], "U.S. magazine that first reported the Trump Jr.–WikiLeaks messages."],
    ],
  },
  {
    row: "actor robert-mueller",
    patch: [
      [["actors", "robert-mueller", "description"], "Special counsel investigating Russian interference in the 2016 election."],
    ],
  },
  {
    row: "actor trump-administration",
    patch: [
      [["actors", "trump-administration", "description"], "The U.S. executive branch under President Donald Trump from 2017."],
    ],
  },
  {
    row: "actor justice4assange",
    patch: [
      [["actors", "justice4assange", "description"], "Campaign group supporting Assange."],
    ],
  },
];
