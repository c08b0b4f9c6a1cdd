using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>The distinct security requirements of an API's operations, each a static array the client passes when it sends.</summary>
internal sealed class SecuritySets
{
    private readonly Dictionary<string, SecuritySetTemplateModel> _byKey = new(System.StringComparer.Ordinal);
    private readonly List<SecuritySetTemplateModel> _inOrder = new();

    public SecuritySets(ApiModel model)
    {
        foreach (var operation in model.Operations)
        {
            var key = Key(operation.Security);
            if (_byKey.ContainsKey(key))
            {
                continue;
            }

            var name = operation.Security.Count == 0 ? "NoCredentials" : "Requirement" + (_inOrder.Count(s => s.Name != "NoCredentials") + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var set = new SecuritySetTemplateModel
            {
                Name = name,
                Summary = operation.Security.Count == 0
                    ? "Operations that send no credentials."
                    : CSharpText.XmlEscape("Operations that accept " + string.Join(" or ", operation.Security.Select(r => r.SchemeKeys.Count == 0 ? "no credentials" : string.Join(" and ", r.SchemeKeys))) + "."),
                Initializer = "new string[][] { " + string.Join(", ", operation.Security.Select(r => "new string[] { " + string.Join(", ", r.SchemeKeys.Select(CSharpText.StringLiteral)) + " }")) + " }",
            };
            _byKey.Add(key, set);
            _inOrder.Add(set);
        }
    }

    /// <summary>In the order the operations first use them, so the numbering is stable.</summary>
    public IReadOnlyList<SecuritySetTemplateModel> All => _inOrder;

    public string NameOf(EquatableArray<SecurityRequirementModel> security) => _byKey[Key(security)].Name;

    private static string Key(EquatableArray<SecurityRequirementModel> security) =>
        string.Join("|", security.Select(r => string.Join("&", r.SchemeKeys)));
}
