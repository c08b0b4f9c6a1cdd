using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading.Structure;

/// <summary>An object holding a <c>$ref</c>, the kind of object it stands for, and where it is.</summary>
internal sealed record ReferenceSite(JsonObject Node, string Kind, PathSegment Path);
