using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Maps <c>components/securitySchemes</c> to the credentials the client options take, and each operation's
/// <c>security</c> (or the document's, when the operation has none) to the alternatives the client applies.
/// </summary>
internal sealed class SecurityMapper
{
    private readonly ModelBuildContext _context;
    private readonly Dictionary<string, SecuritySchemeModel> _byKey = new(StringComparer.Ordinal);

    public SecurityMapper(ModelBuildContext context)
    {
        _context = context;

        // Option properties share one scope with the options' own members.
        var names = context.MemberScope(ReservedMembers.Options);
        foreach (var scheme in context.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var pointer = Reading.JsonPointers.Append("/components/securitySchemes", scheme.Key);
            if (Map(scheme.Key, scheme.Value, pointer, names) is { } model)
            {
                _byKey.Add(scheme.Key, model);
                Schemes.Add(model);
            }
        }
    }

    public List<SecuritySchemeModel> Schemes { get; } = new();

    /// <summary>The alternatives that authorize <paramref name="operation"/>; an alternative naming an unknown scheme is dropped.</summary>
    public List<SecurityRequirementModel> RequirementsOf(OpenApiOperation operation, string pointer)
    {
        // An operation's own list replaces the document's, and an empty one means "no credentials".
        var requirements = operation.Security ?? _context.Document.Security ?? new List<OpenApiSecurityRequirement>();
        var result = new List<SecurityRequirementModel>();
        foreach (var requirement in requirements)
        {
            var keys = new List<string>();
            var scopes = new List<string>();
            var usable = true;
            foreach (var entry in requirement)
            {
                var key = entry.Key.Reference?.Id ?? string.Empty;
                if (!_byKey.ContainsKey(key))
                {
                    _context.Report(DiagnosticCatalog.OpenApiValidationWarning, $"The security requirement names '{key}', which is not a supported scheme in components/securitySchemes; that alternative is ignored.", pointer + "/security");
                    usable = false;
                    break;
                }

                keys.Add(key);
                scopes.AddRange(entry.Value ?? new List<string>());
            }

            if (usable)
            {
                result.Add(new SecurityRequirementModel(keys.ToEquatableArray(), scopes.Distinct(StringComparer.Ordinal).ToEquatableArray()));
            }
        }

        // Only "{}" alternatives, or nothing usable at all: the operation is sent without credentials.
        return result.All(r => r.SchemeKeys.Count == 0) ? new List<SecurityRequirementModel>() : result;
    }

    private SecuritySchemeModel? Map(string key, IOpenApiSecurityScheme scheme, string pointer, NameScope names)
    {
        var name = names.Allocate(Naming.ToPascalCase(key, "Security"), pointer);
        switch (scheme.Type)
        {
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
            case SecuritySchemeType.OAuth2:
            case SecuritySchemeType.OpenIdConnect:
                return new SecuritySchemeModel(key, name, SecuritySchemeKind.Bearer, null, ParameterLocation.Header, scheme.Description);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                return new SecuritySchemeModel(key, name, SecuritySchemeKind.Basic, null, ParameterLocation.Header, scheme.Description);
            case SecuritySchemeType.ApiKey when !string.IsNullOrEmpty(scheme.Name):
                var location = scheme.In switch
                {
                    Microsoft.OpenApi.ParameterLocation.Query => ParameterLocation.Query,
                    Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
                    _ => ParameterLocation.Header,
                };
                return new SecuritySchemeModel(key, name, SecuritySchemeKind.ApiKey, scheme.Name, location, scheme.Description);
            default:
                _context.Report(
                    DiagnosticCatalog.OpenApiValidationWarning,
                    $"The security scheme '{key}' ({scheme.Type} {scheme.Scheme}) is not supported by the generated client; operations that need it are sent without its credentials.",
                    pointer);
                return null;
        }
    }
}
