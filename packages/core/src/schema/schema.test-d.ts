import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  Article,
  Aside,
  Audience,
  Block,
  Blockquote,
  Break,
  Claim,
  CorrectionNotice,
  CreativeWork,
  Credit,
  EditorsNote,
  Emphasis,
  Entity,
  Event,
  Figure,
  Heading,
  Image,
  Inline,
  InlineElement,
  Link,
  List,
  ListItem,
  Mention,
  Organization,
  Paragraph,
  Person,
  Place,
  PullQuote,
  Quote,
  QuoteMode,
  QuoteSpan,
  Rule,
  Stance,
  StanceKind,
  Strong,
  Table,
  TableCell,
  TableRow,
  TimeRef,
} from "../model/index.js";
import type { ArticleInput } from "./article.js";
import type {
  ArticleSchema,
  AsideSchema,
  AudienceSchema,
  BlockquoteSchema,
  BlockSchema,
  BreakSchema,
  ClaimSchema,
  CorrectionNoticeSchema,
  CreativeWorkSchema,
  CreditSchema,
  EditorsNoteSchema,
  EmphasisSchema,
  EntitySchema,
  EventSchema,
  FigureSchema,
  HeadingSchema,
  ImageSchema,
  InlineElementSchema,
  InlineSchema,
  LinkSchema,
  ListItemSchema,
  ListSchema,
  MentionSchema,
  OrganizationSchema,
  ParagraphSchema,
  PersonSchema,
  PlaceSchema,
  PullQuoteSchema,
  QuoteModeSchema,
  QuoteSchema,
  QuoteSpanSchema,
  RuleSchema,
  StanceKindSchema,
  StanceSchema,
  StrongSchema,
  TimeRefSchema,
} from "./index.js";
import type { TableCellSchema, TableRowSchema, TableSchema } from "./table.js";

/**
 * expect-type's `toEqualTypeOf` treats `a?: T | undefined` and `a?: T` as
 * equal even under `exactOptionalPropertyTypes`; assignability both ways does
 * not, so every check asserts both.
 */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("schema output types equal the hand-written model", () => {
  it("article", () => {
    expectTypeOf<z.output<typeof ArticleSchema>>().toEqualTypeOf<Article>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof ArticleSchema>, Article>
    >().toEqualTypeOf<true>();
  });
  it("entities", () => {
    expectTypeOf<z.output<typeof EntitySchema>>().toEqualTypeOf<Entity>();
    expectTypeOf<MutuallyAssignable<z.output<typeof EntitySchema>, Entity>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof PersonSchema>>().toEqualTypeOf<Person>();
    expectTypeOf<MutuallyAssignable<z.output<typeof PersonSchema>, Person>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof OrganizationSchema>>().toEqualTypeOf<Organization>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof OrganizationSchema>, Organization>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof PlaceSchema>>().toEqualTypeOf<Place>();
    expectTypeOf<MutuallyAssignable<z.output<typeof PlaceSchema>, Place>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof EventSchema>>().toEqualTypeOf<Event>();
    expectTypeOf<MutuallyAssignable<z.output<typeof EventSchema>, Event>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof CreativeWorkSchema>>().toEqualTypeOf<CreativeWork>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof CreativeWorkSchema>, CreativeWork>
    >().toEqualTypeOf<true>();
  });
  it("quotes and claims", () => {
    expectTypeOf<z.output<typeof QuoteSchema>>().toEqualTypeOf<Quote>();
    expectTypeOf<MutuallyAssignable<z.output<typeof QuoteSchema>, Quote>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof QuoteModeSchema>>().toEqualTypeOf<QuoteMode>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof QuoteModeSchema>, QuoteMode>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof AudienceSchema>>().toEqualTypeOf<Audience>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof AudienceSchema>, Audience>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof TimeRefSchema>>().toEqualTypeOf<TimeRef>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof TimeRefSchema>, TimeRef>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof ClaimSchema>>().toEqualTypeOf<Claim>();
    expectTypeOf<MutuallyAssignable<z.output<typeof ClaimSchema>, Claim>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof StanceSchema>>().toEqualTypeOf<Stance>();
    expectTypeOf<MutuallyAssignable<z.output<typeof StanceSchema>, Stance>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof StanceKindSchema>>().toEqualTypeOf<StanceKind>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof StanceKindSchema>, StanceKind>
    >().toEqualTypeOf<true>();
  });
  it("images", () => {
    expectTypeOf<z.output<typeof ImageSchema>>().toEqualTypeOf<Image>();
    expectTypeOf<MutuallyAssignable<z.output<typeof ImageSchema>, Image>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof CreditSchema>>().toEqualTypeOf<Credit>();
    expectTypeOf<MutuallyAssignable<z.output<typeof CreditSchema>, Credit>>().toEqualTypeOf<true>();
  });
  it("blocks", () => {
    expectTypeOf<z.output<typeof BlockSchema>>().toEqualTypeOf<Block>();
    expectTypeOf<MutuallyAssignable<z.output<typeof BlockSchema>, Block>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof ParagraphSchema>>().toEqualTypeOf<Paragraph>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof ParagraphSchema>, Paragraph>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof HeadingSchema>>().toEqualTypeOf<Heading>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof HeadingSchema>, Heading>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof FigureSchema>>().toEqualTypeOf<Figure>();
    expectTypeOf<MutuallyAssignable<z.output<typeof FigureSchema>, Figure>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof BlockquoteSchema>>().toEqualTypeOf<Blockquote>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof BlockquoteSchema>, Blockquote>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof ListSchema>>().toEqualTypeOf<List>();
    expectTypeOf<MutuallyAssignable<z.output<typeof ListSchema>, List>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof ListItemSchema>>().toEqualTypeOf<ListItem>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof ListItemSchema>, ListItem>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof RuleSchema>>().toEqualTypeOf<Rule>();
    expectTypeOf<MutuallyAssignable<z.output<typeof RuleSchema>, Rule>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof TableSchema>>().toEqualTypeOf<Table>();
    expectTypeOf<MutuallyAssignable<z.output<typeof TableSchema>, Table>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof TableRowSchema>>().toEqualTypeOf<TableRow>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof TableRowSchema>, TableRow>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof TableCellSchema>>().toEqualTypeOf<TableCell>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof TableCellSchema>, TableCell>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof AsideSchema>>().toEqualTypeOf<Aside>();
    expectTypeOf<MutuallyAssignable<z.output<typeof AsideSchema>, Aside>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof PullQuoteSchema>>().toEqualTypeOf<PullQuote>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof PullQuoteSchema>, PullQuote>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof EditorsNoteSchema>>().toEqualTypeOf<EditorsNote>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof EditorsNoteSchema>, EditorsNote>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof CorrectionNoticeSchema>>().toEqualTypeOf<CorrectionNotice>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof CorrectionNoticeSchema>, CorrectionNotice>
    >().toEqualTypeOf<true>();
  });
  it("inlines", () => {
    expectTypeOf<z.output<typeof InlineSchema>>().toEqualTypeOf<Inline>();
    expectTypeOf<MutuallyAssignable<z.output<typeof InlineSchema>, Inline>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof InlineElementSchema>>().toEqualTypeOf<InlineElement>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof InlineElementSchema>, InlineElement>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof EmphasisSchema>>().toEqualTypeOf<Emphasis>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof EmphasisSchema>, Emphasis>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof StrongSchema>>().toEqualTypeOf<Strong>();
    expectTypeOf<MutuallyAssignable<z.output<typeof StrongSchema>, Strong>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof LinkSchema>>().toEqualTypeOf<Link>();
    expectTypeOf<MutuallyAssignable<z.output<typeof LinkSchema>, Link>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof MentionSchema>>().toEqualTypeOf<Mention>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof MentionSchema>, Mention>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof QuoteSpanSchema>>().toEqualTypeOf<QuoteSpan>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof QuoteSpanSchema>, QuoteSpan>
    >().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof BreakSchema>>().toEqualTypeOf<Break>();
    expectTypeOf<MutuallyAssignable<z.output<typeof BreakSchema>, Break>>().toEqualTypeOf<true>();
  });
  it("the exactness check itself catches `?: T | undefined`", () => {
    expectTypeOf<
      MutuallyAssignable<{ a?: boolean | undefined }, { a?: boolean }>
    >().toEqualTypeOf<false>();
    expectTypeOf<
      MutuallyAssignable<{ a: { b?: 1 | undefined } }, { a: { b?: 1 } }>
    >().toEqualTypeOf<false>();
  });
  it("input: registries may be omitted, everything else is as the model", () => {
    expectTypeOf<ArticleInput["authors"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ArticleInput["entities"]>().toEqualTypeOf<
      z.input<typeof EntitySchema>[] | undefined
    >();
    expectTypeOf<ArticleInput["headline"]>().toEqualTypeOf<string>();
    // A typed Article is always valid input.
    expectTypeOf<Article>().toExtend<ArticleInput>();
  });
});
