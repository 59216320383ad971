// The zod schemas and the TypeScript interfaces must describe the same
// types: each pair below is checked both ways, so adding a field to one side
// only fails `vitest --typecheck` (run by `npm test`).
import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type * as N from '../src/nodes.js';
import type { Diagnostic } from '../src/diagnostics.js';
import type { PluginRuleId, RuleId, ValidationDiagnostic } from '../src/validate/types.js';
import type * as S from '../src/schema.js';

type Out<T extends z.ZodType> = z.output<T>;

test('leaf schemas match their interfaces', () => {
  expectTypeOf<Out<typeof S.pointSchema>>().toEqualTypeOf<N.Point>();
  expectTypeOf<Out<typeof S.positionSchema>>().toEqualTypeOf<N.Position>();
  expectTypeOf<Out<typeof S.whenSchema>>().toEqualTypeOf<N.When>();
  expectTypeOf<Out<typeof S.speakerSchema>>().toEqualTypeOf<N.Speaker>();
  expectTypeOf<Out<typeof S.personSpellingSchema>>().toEqualTypeOf<N.PersonSpelling>();
  expectTypeOf<Out<typeof S.personSchema>>().toEqualTypeOf<N.Person>();
  expectTypeOf<Out<typeof S.creditSchema>>().toEqualTypeOf<N.Credit>();
  expectTypeOf<Out<typeof S.headerSchema>>().toEqualTypeOf<N.Header>();
  expectTypeOf<Out<typeof S.headingSchema>>().toEqualTypeOf<N.Heading>();
  expectTypeOf<Out<typeof S.tocEntrySchema>>().toEqualTypeOf<N.TocEntry>();
  expectTypeOf<Out<typeof S.datelineSchema>>().toEqualTypeOf<N.Dateline>();
  expectTypeOf<Out<typeof S.tagSchema>>().toEqualTypeOf<N.Tag>();
  expectTypeOf<Out<typeof S.paragraphSchema>>().toEqualTypeOf<N.Paragraph>();
  expectTypeOf<Out<typeof S.listItemSchema>>().toEqualTypeOf<N.ListItem>();
  expectTypeOf<Out<typeof S.participantSchema>>().toEqualTypeOf<N.Participant>();
  expectTypeOf<Out<typeof S.speakerLabelSchema>>().toEqualTypeOf<N.SpeakerLabel>();
  expectTypeOf<Out<typeof S.photoCounterSchema>>().toEqualTypeOf<N.PhotoCounter>();
  expectTypeOf<Out<typeof S.captionSchema>>().toEqualTypeOf<N.Caption>();
  expectTypeOf<Out<typeof S.sourceLinkSchema>>().toEqualTypeOf<N.SourceLink>();
  expectTypeOf<Out<typeof S.elisionSchema>>().toEqualTypeOf<N.Elision>();
  expectTypeOf<Out<typeof S.boilerplateSchema>>().toEqualTypeOf<N.Boilerplate>();
  expectTypeOf<Out<typeof S.titleSchema>>().toEqualTypeOf<N.Title>();
});

test('parent schemas and content models match their interfaces', () => {
  expectTypeOf<Out<typeof S.tocSchema>>().toEqualTypeOf<N.Toc>();
  expectTypeOf<Out<typeof S.listSchema>>().toEqualTypeOf<N.List>();
  expectTypeOf<Out<typeof S.participantsSchema>>().toEqualTypeOf<N.Participants>();
  expectTypeOf<Out<typeof S.turnContentSchema>>().toEqualTypeOf<N.TurnContent>();
  expectTypeOf<Out<typeof S.speakerTurnSchema>>().toEqualTypeOf<N.SpeakerTurn>();
  expectTypeOf<Out<typeof S.flowContentSchema>>().toEqualTypeOf<N.FlowContent>();
  expectTypeOf<Out<typeof S.subsectionSchema>>().toEqualTypeOf<N.Subsection>();
  expectTypeOf<Out<typeof S.sectionContentSchema>>().toEqualTypeOf<N.SectionContent>();
  expectTypeOf<Out<typeof S.sectionSchema>>().toEqualTypeOf<N.Section>();
  expectTypeOf<Out<typeof S.rootContentSchema>>().toEqualTypeOf<N.RootContent>();
  expectTypeOf<Out<typeof S.rootSchema>>().toEqualTypeOf<N.Root>();
  expectTypeOf<Out<typeof S.dataSchema>>().toEqualTypeOf<N.Data>();
  expectTypeOf<Out<typeof S.diagnosticSchema>>().toEqualTypeOf<Diagnostic>();
});

test('validation schemas match their types', () => {
  expectTypeOf<Out<typeof S.ruleIdSchema>>().toEqualTypeOf<RuleId>();
  expectTypeOf<Out<typeof S.pluginRuleIdSchema>>().toEqualTypeOf<PluginRuleId>();
  expectTypeOf<Out<typeof S.validationDiagnosticSchema>>().toEqualTypeOf<ValidationDiagnostic>();
});
