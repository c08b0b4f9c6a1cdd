using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// A bearer scheme when the docs say "Authorization: Bearer", and on each operation its scopes: as the security
/// requirement's scopes (OpenAPI 3.1 allows them for any scheme), as <c>x-scopes</c>, and <c>x-scopes-write</c>
/// when the docs mark the operation as writing. An operation that needs no scope and whose docs say no key is
/// needed is public (<c>security: []</c>); needing no scope alone still needs a key.
/// </summary>
public sealed class SecurityPass : INormalizationPass
{
    private static readonly System.Text.RegularExpressions.Regex NoKey = new(
        @"\bno (?:API key|authentication|auth|token) (?:is )?(?:required|needed)\b|\bpublic endpoint\b|\bunauthenticated\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
            using var site = operation.Processing();
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
            using var site = operation.Processing();
            operation.Extensions["security"] = operation.ScopesNone && NoKey.IsMatch(operation.Description ?? string.Empty)
                ? new JsonArray()
                : new JsonArray(new JsonObject
                {
                    [SchemeName] = new JsonArray(operation.Scopes.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                });
        }
    }
}
