using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Normalizing.Draft;

namespace SpecForge.Core.Normalizing.Passes;

/// <summary>
/// A bearer scheme when the docs say "Authorization: Bearer", and on each operation its scopes: as the security
/// requirement's scopes (OpenAPI 3.1 allows them for any scheme), as <c>x-scopes</c>, and <c>x-scopes-write</c>
/// when the docs mark the operation as writing.
/// </summary>
public sealed class SecurityPass : INormalizationPass
{
    /// <summary>The name of the scheme in <c>components.securitySchemes</c>.</summary>
    public const string SchemeName = "bearerAuth";

    /// <inheritdoc/>
    public string Name => "security";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var bearer = api.AuthenticationText?.IndexOf("Bearer", System.StringComparison.OrdinalIgnoreCase) >= 0;
        foreach (var operation in api.Operations.Where(o => o.Scopes.Count > 0 || o.IsWrite))
        {
            operation.Extensions["x-scopes"] = new JsonArray(operation.Scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            if (operation.IsWrite)
            {
                operation.Extensions["x-scopes-write"] = true;
            }
        }

        if (!bearer)
        {
            return;
        }

        foreach (var operation in api.Operations)
        {
            operation.Extensions["security"] = new JsonArray(new JsonObject
            {
                [SchemeName] = new JsonArray(operation.Scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            });
        }
    }
}
