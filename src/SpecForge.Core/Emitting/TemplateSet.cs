using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The templates in force for one build: the defaults with the user's overrides applied, each parsed once. Any
/// template can render any other with <c>render "Name" model</c>.
/// </summary>
public sealed class TemplateSet
{
    // Text with code in it: anything between braces but a comment.
    private static readonly Regex Code = new(@"\{\{(?![~-]?\s*#[^}]*\}\})", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, Template> _parsed;
    private readonly Dictionary<string, TemplateSource> _sources;
    private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);
    private TemplateSet? _annotationsOnly;

    private TemplateSet(Dictionary<string, Template> parsed, Dictionary<string, TemplateSource> sources, IReadOnlyList<SpecDiagnostic> diagnostics, bool annotationsOnly = false)
    {
        _parsed = parsed;
        _sources = sources;
        Diagnostics = diagnostics;
        KnownNames = string.Join(", ", sources.Keys.OrderBy(k => k, StringComparer.Ordinal));

        // Hooks are empty or one word unless overridden, and are rendered for every property, operation and file:
        // a template without code renders the same text for any model, so it is rendered once here.
        foreach (var source in sources.Values.Where(s => !Code.IsMatch(s.Text)))
        {
            var text = StrictTemplateContext.Render(parsed[source.Name], this, new object(), depth: 0);
            _constants[source.Name] = NullableDirectives.Apply(text, warnings: !annotationsOnly);
        }
    }

    /// <summary>
    /// The same templates, with the <c>#nullable enable</c> of a header template without code (the default
    /// <c>FileHeader</c>) narrowed to annotations (<see cref="NullableDirectives"/>): every file that renders it starts
    /// narrowed, at no cost per file.
    /// </summary>
    public TemplateSet AnnotationsOnly => _annotationsOnly ??= new TemplateSet(_parsed, _sources, Diagnostics, annotationsOnly: true);

    /// <summary>Problems with the overrides. A broken override is reported and the default used in its place.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    internal string KnownNames { get; }

    /// <summary>The template set for <paramref name="overrides"/>, parsed once per process and reused.</summary>
    public static TemplateSet For(EquatableArray<TemplateOverride> overrides) => TemplateSetCache.GetOrCreate(overrides, Create);

    /// <summary>Where the template in force for <paramref name="name"/> comes from.</summary>
    public TemplateSource SourceOf(string name) => _sources[name];

    internal bool Contains(string name) => _parsed.ContainsKey(name);

    /// <summary>Whether the user's templates replace the default <paramref name="name"/>.</summary>
    public bool IsOverridden(string name) => !_sources[name].Equals(DefaultTemplates.ByName[name]);

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateRenderException">The template failed while rendering, at the position it names.</exception>
    public string Render(string name, object model) => Render(name, model, depth: 0);

    internal string Render(string name, object model, int depth)
    {
        if (_constants.TryGetValue(name, out var constant))
        {
            return constant;
        }

        try
        {
            return StrictTemplateContext.Render(_parsed[name], this, model, depth);
        }
        catch (ScriptRuntimeException ex)
        {
            // A failure inside a rendered partial arrives wrapped by the caller's `render`; the partial's position is the useful one.
            for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is TemplateRenderException partialFailure)
                {
                    throw partialFailure;
                }
            }

            throw new TemplateRenderException(ex.Span.FileName ?? _sources[name].FilePath, PositionOf(ex.Span), ex.OriginalMessage, ex);
        }
    }

    private static TemplateSet Create(EquatableArray<TemplateOverride> overrides)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var sources = DefaultTemplates.ByName.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var parsed = sources.Values.ToDictionary(s => s.Name, s => Template.Parse(s.Text, s.FilePath), StringComparer.Ordinal);

        foreach (var item in overrides.OrderBy(o => o.FilePath, StringComparer.Ordinal))
        {
            if (item.FileName.EndsWith(".hbs", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.HandlebarsTemplate,
                    $"'{item.FileName}' is a Handlebars template; SpecForge templates are Scriban now, so it is not used. Start from the default with 'specforge templates export <dir>' and carry your change over: '{{{{Name}}}}' becomes '{{{{ Name }}}}', '{{{{#each Items}}}}...{{{{/each}}}}' becomes '{{{{ for item in Items }}}}...{{{{ end }}}}' with 'item.Name' inside, '{{{{> Partial}}}}' becomes '{{{{ render \"Partial\" }}}}' (docs/templates.md).",
                    item.FilePath,
                    1,
                    1));
                continue;
            }

            var name = DefaultTemplates.NameOf(item.FileName);
            if (!sources.ContainsKey(name))
            {
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.UnknownTemplateOverride,
                    $"The template '{item.FileName}' replaces no default template (known: {string.Join(", ", sources.Keys.OrderBy(k => k, StringComparer.Ordinal))}, each with '{DefaultTemplates.Extension}').",
                    item.FilePath,
                    1,
                    1));
                continue;
            }

            var candidate = new TemplateSource(name, item.FilePath, item.Text.Replace("\r\n", "\n"));
            var template = Template.Parse(candidate.Text, candidate.FilePath);
            if (template.HasErrors)
            {
                var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
                diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.TemplateSyntaxError,
                    $"Template '{name}': {error.Message}",
                    candidate.FilePath,
                    PositionOf(error.Span)));
                continue;
            }

            sources[name] = candidate;
            parsed[name] = template;
        }

        return new TemplateSet(parsed, sources, diagnostics);
    }

    // Scriban counts lines and columns from 0.
    private static SourcePosition PositionOf(SourceSpan span) => new(span.Start.Line + 1, span.Start.Column + 1);
}

/// <summary>A template failed while rendering: an unknown member or function, a wrong argument, a failing function.</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for the template at <paramref name="filePath"/>.</summary>
    public TemplateRenderException(string filePath, SourcePosition position, string message, Exception inner)
        : base(message, inner)
    {
        FilePath = filePath;
        Position = position;
    }

    /// <summary>The template file that failed (a partial's own file when the failure is inside it).</summary>
    public string FilePath { get; }

    /// <summary>Where in that file.</summary>
    public SourcePosition Position { get; }
}
