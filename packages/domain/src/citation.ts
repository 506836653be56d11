/** A legal or normative source a rule comes from, shown to users next to a blocked action or a deadline. */
export interface Citation {
  law: string;
  article: string;
  note?: string;
}
