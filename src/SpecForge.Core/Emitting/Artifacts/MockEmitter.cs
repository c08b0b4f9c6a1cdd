using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// Emits the mock server of a spec from its normalized JSON (<see cref="MockSpec"/>):
/// <c>&lt;Base&gt;Mock</c> with the embedded spec, <c>&lt;Base&gt;MockHandler</c>, and, when the compilation references
/// ASP.NET Core, <c>Map&lt;Base&gt;Mock</c>. The engine they run is the runtime's, emitted once per compilation.
/// </summary>
public static class MockEmitter
{
    /// <summary>The top-level types the mock templates declare.</summary>
    public static IEnumerable<string> DeclaredTypeNames(string clientName) =>
        new[] { MockNames.Mock(clientName), MockNames.Handler(clientName), MockNames.Endpoints(clientName) };

    /// <summary>Renders the mock of <paramref name="spec"/>.</summary>
    public static void Emit(MockSpec spec, TemplateSet templates, EmitOptions options, AddSource addSource)
    {
        var mock = ToTemplateModel(spec, options);
        addSource($"{spec.ClientName}.MockServer.g.cs", templates.Render("MockServer", mock));
        addSource($"{spec.ClientName}.MockServer.Handler.g.cs", templates.Render("MockServer.Handler", mock));
        if (options.EmitMockEndpoints)
        {
            addSource($"{spec.ClientName}.MockServer.Endpoints.g.cs", templates.Render("MockServer.Endpoints", mock));
        }
    }

    /// <summary>The template model for the mock of <paramref name="spec"/>.</summary>
    public static MockTemplateModel ToTemplateModel(MockSpec spec, EmitOptions options) => new()
    {
        Namespace = spec.Namespace,
        Visibility = spec.Visibility,
        RuntimeNamespace = spec.RuntimeNamespace,
        ClientName = spec.ClientName,
        MockName = MockNames.Mock(spec.ClientName),
        HandlerName = MockNames.Handler(spec.ClientName),
        EndpointsName = MockNames.Endpoints(spec.ClientName),
        MapMethodName = "Map" + MockNames.Mock(spec.ClientName),
        Title = CSharpText.XmlEscape(spec.Title),
        SpecIsUtf8Literal = options.UseUtf8Literals,
        SpecBytes = options.UseUtf8Literals ? Utf8Literal(spec.Json) : ByteArray(spec.Json),
    };

    // A u8 literal must be valid UTF-16; a lone surrogate (possible in JSON text, never in a sane spec) becomes U+FFFD.
    private static string Utf8Literal(string json)
    {
        var text = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                text.Append(c).Append(json[++i]);
            }
            else
            {
                text.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return CSharpText.StringLiteral(text.ToString()) + "u8";
    }

    // Before C# 11 the bytes go in an array initializer, like the JSON names do; 32 per line keeps the file readable.
    private static string ByteArray(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var text = new StringBuilder(bytes.Length * 4 + 32);
        text.Append("new byte[]\n        {");
        for (var i = 0; i < bytes.Length; i++)
        {
            text.Append(i % 32 == 0 ? "\n            " : " ");
            text.Append(bytes[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
        }

        return text.Append("\n        }").ToString();
    }
}
