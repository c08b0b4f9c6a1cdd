using System;
using System.Collections.Generic;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpecForge.Core.Emitting;

/// <summary>The functions SpecForge adds to Scriban's built-ins; docs/templates.md describes them for template authors.</summary>
internal static class TemplateFunctions
{
    // The defaults nest five deep (Client, Client.Method, Client.Request, Client.Body, Client.BodyContent).
    internal const int MaxRenderDepth = 32;

    /// <summary>The functions as one read-only scope, shared by every render.</summary>
    public static readonly ScriptObject Scope = Create();

    /// <summary>
    /// <c>render "Name" model</c>: the template <c>Name</c> with <paramref name="model"/> as its scope, or with the
    /// calling template's model when none is given. Each template sees only its own model, so a partial reads the same
    /// wherever it is rendered from.
    /// </summary>
    public static string Render(TemplateContext context, string name, object? model = null)
    {
        var caller = (StrictTemplateContext)context;
        if (!caller.Templates.Contains(name))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"There is no template '{name}' to render; templates are named after their file without '.sbncs' (known: {caller.Templates.KnownNames}).");
        }

        // Each render is a fresh context, so Scriban's own recursion limit never sees a template that renders itself;
        // without this bound that would overflow the compiler's stack and take the whole build down.
        if (caller.Depth >= MaxRenderDepth)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"'render \"{name}\"' is nested {MaxRenderDepth} deep; does a template render itself?");
        }

        return caller.Templates.Render(name, model ?? caller.Model, caller.Depth + 1);
    }

    /// <summary><c>text | indent "    "</c>: every non-empty line of the text with the prefix in front.</summary>
    public static string Indent(string text, string prefix)
    {
        var result = new StringBuilder(text.Length + prefix.Length * 8);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end + 1;
            if (stop - start > 1 || (end < 0 && stop > start))
            {
                result.Append(prefix);
            }

            result.Append(text, start, stop - start);
            start = stop;
        }

        return result.ToString();
    }

    /// <summary>
    /// <c>base_list BaseTypeName (render "Dto.Interfaces")</c>: a declaration's base list, <c> : A, B</c>, from names
    /// given as arguments or one per line; empty names are left out, and with none at all the list is empty.
    /// </summary>
    public static string BaseList(params object?[] names)
    {
        var kept = new List<string>();
        foreach (var name in names)
        {
            foreach (var line in (name?.ToString() ?? string.Empty).Split('\n'))
            {
                var trimmed = line.Trim().TrimEnd(',');
                if (trimmed.Length > 0)
                {
                    kept.Add(trimmed);
                }
            }
        }

        return kept.Count == 0 ? string.Empty : " : " + string.Join(", ", kept);
    }

    private static ScriptObject Create()
    {
        var scope = new ScriptObject();
        scope.Import("render", new Func<TemplateContext, string, object?, string>(Render));
        scope.Import("indent", new Func<string, string, string>(Indent));
        scope.Import("base_list", new Func<object?[], string>(BaseList));
        scope.IsReadOnly = true;
        return scope;
    }
}
