using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Artifacts;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The type names the artifacts declare for a client, gathered from the artifacts themselves so that Modeling, which
/// takes them as input, never names a schema's type like one of them. A test renders every default template and
/// checks that each top-level type it declares is here or is one of the model's own types.
/// </summary>
public static class ArtifactTypeNames
{
    /// <summary>Every name the artifacts of <paramref name="clientName"/>'s SDK declare.</summary>
    public static IReadOnlyList<string> For(string clientName) =>
        ClientEmitter.DeclaredTypeNames(clientName)
            .Concat(JsonCodecEmitter.DeclaredTypeNames(clientName))
            .Concat(JsonConverterEmitter.NestedTypeNames)
            .Concat(MockEmitter.DeclaredTypeNames(clientName))
            .ToList();
}
