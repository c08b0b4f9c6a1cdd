using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Maps the variables of the spec's first server (<c>https://{region}.api.example.com/{version}</c>) to client
/// options: a property per variable the URL uses, an open enum when the variable lists its values.
/// </summary>
internal static class ServerVariableMapper
{
    private static readonly Regex Placeholder = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// The first server's URL template and its variables; no variables when it has none the URL uses with a default
    /// (a variable without one is left in the URL as written, as the default base URL has it).
    /// </summary>
    public static (string? Template, List<ServerVariableModel> Variables) Map(ModelBuildContext context, IReadOnlyList<SecuritySchemeModel> schemes)
    {
        var variables = new List<ServerVariableModel>();
        if (context.Document.Servers?.FirstOrDefault() is not { Url: { } url } server || server.Variables is not { Count: > 0 } declared)
        {
            return (null, variables);
        }

        var names = context.MemberScope(ReservedMembers.With(ReservedMembers.Options, CredentialProperties(schemes)));
        var used = Placeholder.Matches(url).Cast<Match>().Select(m => m.Groups[1].Value).Distinct(System.StringComparer.Ordinal);
        foreach (var name in used)
        {
            if (!declared.TryGetValue(name, out var variable) || variable?.Default is not { } fallback)
            {
                continue;
            }

            var pointer = JsonPointers.Append("/servers/0/variables", name);
            var property = names.Allocate(Naming.ToPascalCase(name, "Variable"), pointer);
            variables.Add(new ServerVariableModel(name, property, fallback, variable.Description)
            {
                Enum = variable.Enum is { Count: > 0 } listed ? Enum(context, name, pointer, variable.Description, fallback, listed) : null,
            });
        }

        return (variables.Count == 0 ? null : url.TrimEnd('/'), variables);
    }

    // The properties ClientOptions.sbncs declares for each scheme, which a variable must not be named like.
    private static string[] CredentialProperties(IReadOnlyList<SecuritySchemeModel> schemes) =>
        schemes.SelectMany(s => new[] { s.Name + "Token", s.Name + "TokenProvider", s.Name + "Username", s.Name + "Password", s.Name + "Key" }).ToArray();

    // The default comes first when the spec forgot to list it, so the option's initial value is one of the enum's members.
    private static EnumModel Enum(ModelBuildContext context, string name, string pointer, string? description, string fallback, IEnumerable<string> listed)
    {
        var values = new[] { fallback }.Where(v => !listed.Contains(v)).Concat(listed).Where(v => v is not null).Distinct(System.StringComparer.Ordinal).ToList();
        var typeName = context.TypeNames.Allocate(Naming.ToPascalCase("Server " + name, "Variable"), pointer, ReservedMembers.EnumDeclares);
        var scope = context.MemberScope(ReservedMembers.With(ReservedMembers.Enum, typeName));
        var members = values.Select(value => new EnumMemberModel(scope.Allocate(Naming.ToPascalCase(value, "Empty"), pointer), value));
        return new EnumModel(typeName, pointer, description ?? $"The values the server variable '{name}' lists.", false, members.ToEquatableArray());
    }
}
