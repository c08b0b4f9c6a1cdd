using System;
using System.Collections.Generic;
using System.Linq;
using HandlebarsDotNet;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The templates in force for one build: the defaults with the user's overrides applied, each compiled once.
/// Every template is also registered as a partial under its name, so any template can include any other.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled;
    private readonly Dictionary<string, TemplateSource> _sources;

    private TemplateSet(Dictionary<string, HandlebarsTemplate<object, object>> compiled, Dictionary<string, TemplateSource> sources, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        _compiled = compiled;
        _sources = sources;
        Diagnostics = diagnostics;
    }

    /// <summary>Problems with the overrides. A broken override is reported and the default used in its place.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>The template set for <paramref name="overrides"/>, compiled once per process and reused.</summary>
    public static TemplateSet For(EquatableArray<TemplateOverride> overrides) => TemplateSetCache.GetOrCreate(overrides, Create);

    /// <summary>Where the template in force for <paramref name="name"/> comes from.</summary>
    public TemplateSource SourceOf(string name) => _sources[name];

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateRenderException">The template threw while rendering.</exception>
    public string Render(string name, object model)
    {
        try
        {
            return _compiled[name](model).Replace("\r\n", "\n");
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateRenderException(_sources[name], ex.Message, ex);
        }
    }

    private static TemplateSet Create(EquatableArray<TemplateOverride> overrides)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var sources = DefaultTemplates.ByName.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });

        foreach (var item in overrides.OrderBy(o => o.FilePath, StringComparer.Ordinal))
        {
            var name = DefaultTemplates.NameOf(item.FileName);
            if (!sources.ContainsKey(name))
            {
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.UnknownTemplateOverride,
                    $"The template '{item.FileName}' replaces no default template (known: {string.Join(", ", sources.Keys.OrderBy(k => k, StringComparer.Ordinal))}.hbs).",
                    item.FilePath,
                    1,
                    1));
                continue;
            }

            var candidate = new TemplateSource(name, item.FilePath, item.Text.Replace("\r\n", "\n"));
            if (Check(handlebars, candidate, sources.Keys) is { } problem)
            {
                diagnostics.Add(problem);
                continue;
            }

            sources[name] = candidate;
        }

        var compiled = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var source in sources.Values)
        {
            handlebars.RegisterTemplate(source.Name, source.Text);
            compiled[source.Name] = handlebars.Compile(source.Text);
        }

        return new TemplateSet(compiled, sources, diagnostics);
    }

    private static SpecDiagnostic? Check(IHandlebars handlebars, TemplateSource source, ICollection<string> knownNames)
    {
        if (TemplateScanner.Scan(source.Text, knownNames) is { } problem)
        {
            return SpecDiagnostic.At(DiagnosticCatalog.TemplateSyntaxError, $"Template '{source.Name}': {problem.Message}", source.FilePath, problem.Position);
        }

        try
        {
            handlebars.Compile(source.Text);
            return null;
        }
        catch (HandlebarsException ex)
        {
            // Handlebars.Net gives no position for what the scanner could not place; point at the file.
            return SpecDiagnostic.At(DiagnosticCatalog.TemplateSyntaxError, $"Template '{source.Name}': {ex.Message}", source.FilePath, SourcePosition.Start);
        }
    }
}

/// <summary>A template threw while rendering.</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for <paramref name="template"/>.</summary>
    public TemplateRenderException(TemplateSource template, string message, Exception inner)
        : base(message, inner) => Template = template;

    /// <summary>The template that failed.</summary>
    public TemplateSource Template { get; }
}
