using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable id, a title, its default severity and help for the user.</summary>
public sealed record DiagnosticInfo(string Id, string Title, SpecSeverity DefaultSeverity, string Category, string Help);

/// <summary>
/// Every diagnostic SpecForge reports. Ids are stable forever: SF0xxx the command line, SF1xxx reading, SF2xxx
/// documentation reading and normalizing, SF3xxx templates, SF4xxx diffs, SF5xxx generated names and files, SF9xxx
/// internal. AnalyzerReleases.Shipped.md must list each one (a test checks).
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>A file named on the command line does not exist or cannot be read.</summary>
    public const string InputFileUnreadable = "SF0001";

    /// <summary>The command line is not understood (unknown option, missing or wrong value).</summary>
    public const string CommandLineInvalid = "SF0002";

    /// <summary>An output file or folder cannot be written.</summary>
    public const string OutputUnwritable = "SF0003";

    /// <summary><c>specforge mock</c> listens on an address other machines can reach.</summary>
    public const string MockNotLocal = "SF0004";

    /// <summary>The spec is not well-formed JSON.</summary>
    public const string MalformedJson = "SF1001";

    /// <summary>The spec is not well-formed YAML.</summary>
    public const string MalformedYaml = "SF1002";

    /// <summary>The file parses but is not an OpenAPI or Swagger document.</summary>
    public const string NotOpenApi = "SF1003";

    /// <summary>The OpenAPI reader could not make sense of part of the document.</summary>
    public const string OpenApiStructureError = "SF1004";

    /// <summary>The document breaks a rule of the OpenAPI specification that SpecForge can live with.</summary>
    public const string OpenApiValidationWarning = "SF1005";

    /// <summary>A $ref points at nothing.</summary>
    public const string UnresolvedReference = "SF1006";

    /// <summary>The spec's file type is not one SpecForge reads.</summary>
    public const string UnsupportedSpecFile = "SF1007";

    /// <summary>The document nests deeper than SpecForge follows.</summary>
    public const string NestingTooDeep = "SF1009";

    /// <summary>Schemas that include each other through allOf.</summary>
    public const string AllOfCycle = "SF1010";

    /// <summary>A schema's pattern that .NET cannot check the way ECMA-262 means it; the validators leave it out.</summary>
    public const string PatternNotSupported = "SF1011";

    /// <summary>An input passes one of the reader's limits (file size, string length, YAML alias expansion).</summary>
    public const string InputTooLarge = "SF1012";

    /// <summary>A chain of references that comes back to where it started.</summary>
    public const string ReferenceCycle = "SF1014";

    /// <summary>A value the format allows in text but no reader can use (a repeated key, a lone surrogate), repaired.</summary>
    public const string ValueRepaired = "SF1013";

    /// <summary>An IncludeOperations or ExcludeOperations pattern that matches no operation of the spec.</summary>
    public const string OperationPatternUnmatched = "SF1015";

    /// <summary>A reference to another file that cannot be followed: missing, outside the spec's folder, remote, or of the wrong kind.</summary>
    public const string ExternalReferenceNotFollowed = "SF1016";

    /// <summary>Documentation text the reader could not place, skipped.</summary>
    public const string MarkdownSkipped = "SF2001";

    /// <summary>A parameter line that does not follow the documented grammar.</summary>
    public const string MarkdownParameterNotUnderstood = "SF2002";

    /// <summary>An operation heading whose method or path could not be read.</summary>
    public const string MarkdownHeadingNotUnderstood = "SF2003";

    /// <summary>A docs index that stops mid-entry.</summary>
    public const string DocsIndexTruncated = "SF2004";

    /// <summary>The OpenAPI embedded in an endpoint page cannot be read.</summary>
    public const string EmbeddedOpenApiUnreadable = "SF2005";

    /// <summary>Two sections document the same operation differently; merged.</summary>
    public const string DuplicateOperationMerged = "SF2006";

    /// <summary>An example that is not valid JSON, kept as text.</summary>
    public const string ExampleNotJson = "SF2007";

    /// <summary>Several inputs for one API disagree.</summary>
    public const string MergeConflict = "SF2008";

    /// <summary>A type token or constraint phrase the normalizer does not understand.</summary>
    public const string TypeNotUnderstood = "SF2009";

    /// <summary>An indexed endpoint the normalized spec does not contain.</summary>
    public const string IndexEntryNotCovered = "SF2010";

    /// <summary>A documentation file of no kind SpecForge reads.</summary>
    public const string UnknownDocumentKind = "SF2011";

    /// <summary>A path variable renamed so paths that differ only in variable names become one.</summary>
    public const string PathVariableRenamed = "SF2012";

    /// <summary>No input describes an operation, so there is no document to write.</summary>
    public const string NothingToNormalize = "SF2013";

    /// <summary>A constraint phrase that could mean more than one keyword, left out of the schema.</summary>
    public const string ConstraintAmbiguous = "SF2014";

    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntaxError = "SF3001";

    /// <summary>A template failed while rendering.</summary>
    public const string TemplateRenderError = "SF3002";

    /// <summary>An override's file name matches no default template, so it is never used.</summary>
    public const string UnknownTemplateOverride = "SF3003";

    /// <summary>An override is a Handlebars (.hbs) file from before templates moved to Scriban.</summary>
    public const string HandlebarsTemplate = "SF3004";

    /// <summary>A line of a diff ignore file cannot be read.</summary>
    public const string DiffIgnoreMalformed = "SF4001";

    /// <summary>A diff ignore entry matched no change, so it acknowledges nothing.</summary>
    public const string DiffIgnoreUnused = "SF4002";

    /// <summary>The two sides of a diff are not of comparable kinds.</summary>
    public const string DiffInputsIncomparable = "SF4003";

    /// <summary>A change at or above <c>specforge diff --fail-on</c>'s level.</summary>
    public const string DiffFailOnChange = "SF4004";

    /// <summary>A committed file <c>specforge regen --check</c> would write differently.</summary>
    public const string CommittedFileStale = "SF4005";

    /// <summary>A breaking change in a regenerated spec that the ignore file does not acknowledge.</summary>
    public const string BreakingChangeUnacknowledged = "SF4006";

    /// <summary>A name from the spec too long for C# or for a file name, shortened with a hash.</summary>
    public const string NameShortened = "SF5001";

    /// <summary>A generated file name too long for file systems, shortened with a hash.</summary>
    public const string FileNameShortened = "SF5002";

    /// <summary>The project's language version or framework cannot compile a generated SDK; nothing is generated.</summary>
    public const string TargetNotSupported = "SF5003";

    /// <summary><c>SpecForgeRuntime</c> asks for the runtime package, and the project does not reference the one it needs.</summary>
    public const string RuntimePackageUnusable = "SF5004";

    /// <summary>An unexpected exception inside SpecForge, or generated code it failed to escape; always a bug.</summary>
    public const string InternalError = "SF9999";

    private static readonly Dictionary<string, DiagnosticInfo> Entries = new[]
    {
        new DiagnosticInfo(InputFileUnreadable, "Input file unreadable", SpecSeverity.Error, "Cli",
            "A file named on the command line does not exist or cannot be read. Check the path (relative paths are from the current folder)."),
        new DiagnosticInfo(CommandLineInvalid, "Command line not understood", SpecSeverity.Error, "Cli",
            "An option is unknown, or a value is missing or of the wrong kind. Run 'specforge <verb> --help' for the verb's options."),
        new DiagnosticInfo(OutputUnwritable, "Output cannot be written", SpecSeverity.Error, "Cli",
            "SpecForge could not create or write an output file or folder (permissions, a file where a folder should be, a full disk)."),
        new DiagnosticInfo(MockNotLocal, "Mock reachable from other machines", SpecSeverity.Warning, "Cli",
            "specforge mock listens on an address other than loopback, so other machines can reach it. Use --host 127.0.0.1 unless that is the point."),
        new DiagnosticInfo(MalformedJson, "Malformed JSON", SpecSeverity.Error, "Reading",
            "The spec file is not valid JSON. Fix the syntax at the reported position; comments and trailing commas are tolerated."),
        new DiagnosticInfo(MalformedYaml, "Malformed YAML", SpecSeverity.Error, "Reading",
            "The spec file is not valid YAML (a repeated key in one mapping counts). Fix the syntax at the reported position."),
        new DiagnosticInfo(NotOpenApi, "Not an OpenAPI document", SpecSeverity.Error, "Reading",
            "The root of the file must be an object with an 'openapi' (3.x) or 'swagger' (2.0) field."),
        new DiagnosticInfo(OpenApiStructureError, "Invalid OpenAPI structure", SpecSeverity.Error, "Reading",
            "The OpenAPI reader could not read this part of the document. While the rest still forms a document this is a warning and the part is skipped; it is an error when nothing usable remains."),
        new DiagnosticInfo(OpenApiValidationWarning, "OpenAPI rule not met", SpecSeverity.Warning, "Reading",
            "The document breaks a rule of the OpenAPI specification. Real specs often do; SpecForge generates anyway."),
        new DiagnosticInfo(UnresolvedReference, "Unresolved $ref", SpecSeverity.Error, "Reading",
            "A $ref points at a component that does not exist. External references are never fetched; inline them or fix the name."),
        new DiagnosticInfo(UnsupportedSpecFile, "Unsupported spec file", SpecSeverity.Error, "Reading",
            "SpecForge reads OpenAPI as .json, .yaml or .yml files."),
        new DiagnosticInfo(NestingTooDeep, "Nesting too deep", SpecSeverity.Error, "Reading",
            "The document nests deeper than SpecForge follows (or an alias refers to its own ancestor)."),
        new DiagnosticInfo(AllOfCycle, "allOf cycle", SpecSeverity.Warning, "Reading",
            "Schemas include each other through allOf, which describes no finite object; each record gets the properties met before the cycle closes. A oneOf/anyOf that lists itself among its branches loses that branch."),
        new DiagnosticInfo(PatternNotSupported, "Pattern not supported", SpecSeverity.Warning, "Reading",
            "The pattern is not valid ECMA-262 or uses a construct .NET cannot match the same way (lookbehind, named groups, Unicode property escapes); the generated validators do not check it."),
        new DiagnosticInfo(InputTooLarge, "Input exceeds a limit", SpecSeverity.Error, "Reading",
            "The input passes a limit no real spec comes near (64 Mi characters per file, 1,000,000 per string, 100,000 nodes added by YAML aliases), set so that no file can exhaust the machine that builds it. Split the file, shorten the value, or write aliased parts out."),
        new DiagnosticInfo(ValueRepaired, "Value repaired", SpecSeverity.Warning, "Reading",
            "The text holds something JSON or YAML syntax allows but no reader can use: a key repeated in one object (the last value is kept, as JavaScript's JSON.parse does) or a \\u escape of a lone UTF-16 surrogate (read as U+FFFD). Fix the spec to silence this."),
        new DiagnosticInfo(ReferenceCycle, "Reference cycle", SpecSeverity.Error, "Reading",
            "A $ref leads, through references only, back to itself (A is a $ref to B, B a $ref to A), which names no schema or object. A schema so referenced is read as any value (JsonElement); any other object is left out."),
        new DiagnosticInfo(OperationPatternUnmatched, "Operation pattern matches nothing", SpecSeverity.Warning, "Reading",
            "An IncludeOperations or ExcludeOperations pattern (--include or --exclude on the command line) matches no operation of the spec, so it selects or removes nothing. A pattern is tag:NAME, operationId:ID (or a bare ID), or an optional method followed by a path glob ('GET /repos/**'): * is any part of one segment, ** any number of segments, {name} any path variable. Tags, operationIds and paths compare case-sensitively, methods do not."),
        new DiagnosticInfo(ExternalReferenceNotFollowed, "External reference not followed", SpecSeverity.Error, "Reading",
            "A $ref names another file that SpecForge cannot read: it is missing (in a build, the files of a spec's folder are its parts: see the README), it lies outside the folder of the spec that references it, it is an http(s) address (the generator never touches the network: download the file beside the spec), or it is not JSON or YAML where an OpenAPI object is expected (other files can stand only as text in an extension, such as a code sample). The reference is left out, so the SDK would be incomplete: the build fails."),
        new DiagnosticInfo(MarkdownSkipped, "Documentation text skipped", SpecSeverity.Warning, "Markdown",
            "The reader found text it could not attach to a section, operation or parameter; it is left out of the normalized spec."),
        new DiagnosticInfo(MarkdownParameterNotUnderstood, "Parameter line not understood", SpecSeverity.Warning, "Markdown",
            "Parameters are written as - `name` (location, type[, required]): description. This line is not, so it is skipped."),
        new DiagnosticInfo(MarkdownHeadingNotUnderstood, "Operation heading not understood", SpecSeverity.Warning, "Markdown",
            "Operation headings are written as ### METHOD /path. This one is not, so the operation is skipped."),
        new DiagnosticInfo(DocsIndexTruncated, "Docs index truncated", SpecSeverity.Warning, "Markdown",
            "The docs index stops in the middle of an entry; comparisons are limited to what it covers."),
        new DiagnosticInfo(EmbeddedOpenApiUnreadable, "Embedded OpenAPI unreadable", SpecSeverity.Error, "Markdown",
            "The OpenAPI block embedded in the page is not valid YAML or JSON; the position is in the page."),
        new DiagnosticInfo(DuplicateOperationMerged, "Duplicate operation merged", SpecSeverity.Warning, "Markdown",
            "Two places document the same method and path differently. They are merged; the stricter 'required' wins."),
        new DiagnosticInfo(ExampleNotJson, "Example is not JSON", SpecSeverity.Warning, "Markdown",
            "An example could not be read as JSON even after tolerating placeholders; it is kept as text, never dropped."),
        new DiagnosticInfo(MergeConflict, "Inputs disagree", SpecSeverity.Warning, "Markdown",
            "Several documentation files describe one API and disagree here; the first input wins."),
        new DiagnosticInfo(TypeNotUnderstood, "Type not understood", SpecSeverity.Warning, "Markdown",
            "A type token or constraint phrase is not one the normalizer knows; the parameter keeps a plain schema."),
        new DiagnosticInfo(IndexEntryNotCovered, "Indexed endpoint missing", SpecSeverity.Info, "Markdown",
            "The docs index lists an endpoint that the normalized spec does not contain."),
        new DiagnosticInfo(UnknownDocumentKind, "Unknown documentation kind", SpecSeverity.Error, "Markdown",
            "SpecForge reads a full markdown reference, an endpoint page with embedded OpenAPI, a rendered endpoint page or a docs index (llms.txt)."),
        new DiagnosticInfo(PathVariableRenamed, "Path variable renamed", SpecSeverity.Info, "Markdown",
            "Two documented paths differ only in a variable's name, which OpenAPI forbids; the first name is used for both."),
        new DiagnosticInfo(NothingToNormalize, "Nothing to normalize", SpecSeverity.Error, "Markdown",
            "The inputs describe no API: a docs index (llms.txt) only lists pages. Give the markdown reference, the endpoint pages or an OpenAPI file as well."),
        new DiagnosticInfo(ConstraintAmbiguous, "Constraint phrase ambiguous", SpecSeverity.Info, "Markdown",
            "A description reads like a constraint (a list of values without 'or' or 'One of:', a default in prose, several ranges) but could mean more than one thing, so no keyword is set. Rephrase it as 'One of: a, b, c', 'a, b, or c', '(1-100, default 25)' or 'Default: x.' to have it checked."),
        new DiagnosticInfo(TemplateSyntaxError, "Template syntax error", SpecSeverity.Error, "Templates",
            "A Scriban template does not parse; the default template is used in its place."),
        new DiagnosticInfo(TemplateRenderError, "Template render error", SpecSeverity.Error, "Templates",
            "A Scriban template failed while rendering (an unknown member or function, a wrong argument), at its line and column; the SDK is not generated."),
        new DiagnosticInfo(UnknownTemplateOverride, "Unknown template override", SpecSeverity.Warning, "Templates",
            "A <SpecForgeTemplate> file replaces the default template with the same file name; this one matches none."),
        new DiagnosticInfo(HandlebarsTemplate, "Handlebars template override", SpecSeverity.Error, "Templates",
            "Templates are Scriban (.sbncs) files; a .hbs override is not used. Export the defaults with 'specforge templates export' and carry the change over."),
        new DiagnosticInfo(DiffIgnoreMalformed, "Diff ignore entry malformed", SpecSeverity.Error, "Diff",
            "Each line of an ignore file is '<selector> <reason>': a rule id, a JSON pointer, 'METHOD /path' or 'rule-id@/pointer', then why the change is acceptable. A reason is required."),
        new DiagnosticInfo(DiffIgnoreUnused, "Diff ignore entry unused", SpecSeverity.Warning, "Diff",
            "The entry matches no change of this comparison; remove it once the change it acknowledged has shipped."),
        new DiagnosticInfo(DiffInputsIncomparable, "Diff inputs not comparable", SpecSeverity.Error, "Diff",
            "A docs index (llms.txt) is compared only with another docs index, and an API description only with another API description."),
        new DiagnosticInfo(DiffFailOnChange, "Change at the fail-on level", SpecSeverity.Error, "Diff",
            "specforge diff found a change at or above the --fail-on level, so it exits with 1. Each is reported at its place in the new document (the old one for removals); acknowledge an intended change in the ignore file with a reason."),
        new DiagnosticInfo(CommittedFileStale, "Committed file stale", SpecSeverity.Error, "Diff",
            "specforge regen --check computed this committed file differently from what is committed. Run 'specforge regen' (build/regen.sh) and commit the result."),
        new DiagnosticInfo(BreakingChangeUnacknowledged, "Breaking change not acknowledged", SpecSeverity.Error, "Diff",
            "A regenerated spec has a breaking change that the ignore file named in specs/specforge.json does not acknowledge. Fix the docs, or add the change to the ignore file with a reason."),
        new DiagnosticInfo(NameShortened, "Name shortened", SpecSeverity.Warning, "Emitting",
            "A name in the spec (or one built from the names around an inline schema) is longer than C# accepts (1,024 bytes) or than fits in a file name (255 bytes). It keeps its start and ends in a hash of the whole name, so it stays the same on every run and distinct from other shortened names. Give the schema or operation a shorter name (a component, a title, an operationId) to choose it yourself."),
        new DiagnosticInfo(FileNameShortened, "File name shortened", SpecSeverity.Warning, "Emitting",
            "A generated file's name is longer than file systems accept (255 bytes per name), usually because the client name is very long; it keeps its start and ends in a hash. Choose a shorter ClientName."),
        new DiagnosticInfo(TargetNotSupported, "Target not supported", SpecSeverity.Error, "Emitting",
            "The project cannot compile a generated SDK, and nothing is generated (so this is the one error, not hundreds from the compiler): it compiles a C# version below 9 (netstandard2.0 and .NET Framework default to 7.3; set <LangVersion>), or its framework lacks System.Text.Json (add the System.Text.Json package). The message names the fix."),
        new DiagnosticInfo(RuntimePackageUnusable, "Runtime package not usable", SpecSeverity.Error, "Emitting",
            "The project set <SpecForgeRuntime> to Package, so its SDKs call the SpecForge.Runtime package instead of a runtime emitted into the project, and it does not reference that package at the generator's version (or the property has a value other than Source or Package). Nothing is generated; the message names the PackageReference to add."),
        new DiagnosticInfo(InternalError, "Internal error", SpecSeverity.Error, "Internal",
            "SpecForge itself failed, or a file it generated held a character its escaping should have removed (a line break C# sees, a bidirectional control, NUL or a lone surrogate; the file is kept with that character written as a \\u escape). Please report it with the spec that caused it; the rest of the build is unaffected."),
    }.ToDictionary(e => e.Id);

    /// <summary>Every catalogue entry, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } = Entries.Values.OrderBy(e => e.Id, System.StringComparer.Ordinal).ToList();

    /// <summary>The entry for <paramref name="id"/>.</summary>
    public static DiagnosticInfo Get(string id) =>
        Entries.TryGetValue(id, out var info) ? info : throw new KeyNotFoundException($"Unknown diagnostic id '{id}'.");
}
