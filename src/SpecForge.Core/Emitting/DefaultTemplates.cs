using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SpecForge.Core.Emitting;

/// <summary>The templates shipped in templates/csharp, embedded in this assembly at build time.</summary>
public static class DefaultTemplates
{
    /// <summary>The extension of a template file: Scriban for C#.</summary>
    public const string Extension = ".sbncs";

    private const string ResourcePrefix = "SpecForge.Templates.";

    private static readonly Lazy<IReadOnlyDictionary<string, TemplateSource>> All = new(Load);

    /// <summary>Every default template by name (the file name without <c>.sbncs</c>).</summary>
    public static IReadOnlyDictionary<string, TemplateSource> ByName => All.Value;

    /// <summary>The template name of a file: <c>Client.Method.sbncs</c> → <c>Client.Method</c>.</summary>
    public static string NameOf(string fileName) =>
        fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - Extension.Length) : fileName;

    private static IReadOnlyDictionary<string, TemplateSource> Load()
    {
        var assembly = typeof(DefaultTemplates).Assembly;
        var templates = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            // Resources are named SpecForge.Templates.<folder>/<file>, the folder being the file's place under templates/csharp.
            var relative = resource.Substring(ResourcePrefix.Length).Replace('\\', '/');
            var name = NameOf(relative.Substring(relative.LastIndexOf('/') + 1));
            templates[name] = new TemplateSource(name, "templates/csharp/" + relative, ReadResource(assembly, resource));
        }

        return templates;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}

/// <summary>A template's name, where it came from and its text.</summary>
public sealed record TemplateSource(string Name, string FilePath, string Text);
