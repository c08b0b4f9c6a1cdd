using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting;

/// <summary>
/// What a spec's mock is rendered from: its names and its normalized OpenAPI 3.1 JSON, without positions or paths.
/// A value of its own so the generator renders the mock only when this changes, and the SDK's model need not carry
/// (or compare) megabytes of JSON.
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="RuntimeNamespace">The namespace of the runtime whose mock engine runs it.</param>
/// <param name="ClientName">The client's name, from which the mock's type names derive.</param>
/// <param name="Title">The API's title.</param>
/// <param name="Json">The spec as compact OpenAPI 3.1 JSON.</param>
public sealed record MockSpec(string Namespace, string RuntimeNamespace, string ClientName, string Title, string Json)
{
    /// <summary>The accessibility of the mock's types, as the SDK's (<see cref="ApiModel.Visibility"/>).</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The mock of <paramref name="model"/>, or null when the model carries no JSON (no mock was asked for).</summary>
    public static MockSpec? Of(ApiModel model) =>
        model.SpecJson is { } json ? new MockSpec(model.Namespace, model.RuntimeNamespace, model.ClientName, model.Title, json) { Visibility = model.Visibility } : null;
}
