using System.Collections.Generic;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// The part of an OpenAPI document two readers must agree on, reduced to plain names so that documents read by
/// different libraries can be compared: component schemas with their own properties and required names, and
/// operations keyed "METHOD /path" with their operationId and (name, location) parameters.
/// </summary>
internal sealed record SpecView(
    IReadOnlyDictionary<string, SchemaView> Schemas,
    IReadOnlyDictionary<string, OperationView> Operations);

/// <summary>A component schema's own direct properties and required names; allOf members are not folded in.</summary>
internal sealed record SchemaView(IReadOnlyCollection<string> Properties, IReadOnlyCollection<string> Required);

/// <summary>One operation; parameters are "name in location" with path-level parameters merged in.</summary>
internal sealed record OperationView(string? OperationId, IReadOnlyCollection<string> Parameters);
