using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>
/// Writes the generated half of docs/templates.md: every template with its model, and every model type a template can
/// reach with each member's one-line meaning, read from the XML documentation the compiler writes for Core.
/// </summary>
internal static class TemplateReference
{
    public const string Marker = "<!-- Generated from TemplateCatalog and the template models by TemplateDocsTests; do not edit below this line. -->";

    public static string Write()
    {
        var docs = XmlDocs.Load(typeof(TemplateCatalog).Assembly);
        var text = new StringBuilder();
        text.Append("## Templates\n\n");
        text.Append("| Template | File | Model | What it writes |\n|---|---|---|---|\n");
        foreach (var entry in TemplateCatalog.All)
        {
            var file = DefaultTemplates.ByName[entry.Name].FilePath;
            var model = entry.Model is null ? "none" : $"[{entry.Model.Name}](#{entry.Model.Name.ToLowerInvariant()})";
            var hook = entry.IsHook ? " **Hook.**" : string.Empty;
            text.Append($"| `{entry.Name}` | [{file.Substring("templates/csharp/".Length)}](../{file}) | {model} | {Cell(entry.Purpose)}{hook} |\n");
        }

        foreach (var type in ModelTypes())
        {
            text.Append($"\n### {type.Name}\n\n{Cell(docs.Summary(type))}\n\n| Member | Type | Meaning |\n|---|---|---|\n");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                text.Append($"| `{property.Name}` | {TypeText(property.PropertyType)} | {Cell(docs.Summary(property))} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The catalog's models and every model type reachable from their properties, in the order first met.</summary>
    public static IReadOnlyList<Type> ModelTypes()
    {
        var seen = new List<Type>();
        var pending = new Queue<Type>(TemplateCatalog.All.Select(e => e.Model).OfType<Type>());
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (seen.Contains(type))
            {
                continue;
            }

            seen.Add(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                if (ModelOf(property.PropertyType) is { } reached)
                {
                    pending.Enqueue(reached);
                }
            }
        }

        return seen;
    }

    private static Type? ModelOf(Type type)
    {
        var element = type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : type;
        return element.Namespace == "SpecForge.Core.Emitting.TemplateModels" && element.IsClass ? element : null;
    }

    private static string TypeText(Type type)
    {
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "bool";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "number";
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.GetGenericArguments()[0];
            return "list of " + (ModelOf(element) is { } model ? $"[{model.Name}](#{model.Name.ToLowerInvariant()})" : TypeText(element));
        }

        return ModelOf(type) is { } reached ? $"[{reached.Name}](#{reached.Name.ToLowerInvariant()})" : type.Name;
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>The summaries of Core's XML documentation file.</summary>
    private sealed class XmlDocs
    {
        private readonly Dictionary<string, string> _summaries;

        private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

        public static XmlDocs Load(Assembly assembly)
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            var summaries = XDocument.Load(path).Descendants("member")
                .Where(m => m.Element("summary") is not null)
                .ToDictionary(m => (string)m.Attribute("name")!, m => Flatten(m.Element("summary")!), StringComparer.Ordinal);
            return new XmlDocs(summaries);
        }

        public string Summary(Type type) => Find("T:" + type.FullName);

        public string Summary(PropertyInfo property) => Find($"P:{property.DeclaringType!.FullName}.{property.Name}");

        private string Find(string key) =>
            _summaries.TryGetValue(key, out var summary) && summary.Length > 0
                ? summary
                : throw new InvalidOperationException($"{key} has no <summary>; every member a template can read needs its one-line meaning.");

        // <c>x</c> and <see cref="T:A.B"/> become `x` and `B`, so the table reads as plain markdown.
        private static string Flatten(XElement summary)
        {
            var text = new StringBuilder();
            foreach (var node in summary.Nodes())
            {
                text.Append(node switch
                {
                    XText plain => plain.Value,
                    XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
                    XElement { Name.LocalName: "see" } see => "`" + ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty).Split('.').Last() + "`",
                    XElement { Name.LocalName: "paramref" } param => "`" + (string?)param.Attribute("name") + "`",
                    XElement other => other.Value,
                    _ => string.Empty,
                });
            }

            return string.Join(" ", text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
