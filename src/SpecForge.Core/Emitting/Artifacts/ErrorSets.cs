using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.TemplateModels;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// The distinct lists of documented errors of an API's operations, each a static array the client passes when it
/// sends. Most operations of an API document the same errors, so one array per operation repeated one initializer,
/// and its delegates, hundreds of times.
/// </summary>
internal sealed class ErrorSets
{
    private readonly Dictionary<string, ErrorSetTemplateModel> _byKey = new(System.StringComparer.Ordinal);
    private readonly List<ErrorSetTemplateModel> _inOrder = new();

    /// <summary>In the order the operations first use them, so the numbering is stable.</summary>
    public IReadOnlyList<ErrorSetTemplateModel> All => _inOrder;

    /// <summary>The name of the array holding <paramref name="errors"/> (at least one), declared on first use.</summary>
    public string NameOf(IReadOnlyList<ErrorTemplateModel> errors)
    {
        var initializer = "{ " + string.Join(", ", errors.Select(e => e.Entry)) + " }";
        if (!_byKey.TryGetValue(initializer, out var set))
        {
            set = new ErrorSetTemplateModel
            {
                Name = "Errors" + (_inOrder.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Initializer = initializer,
            };
            _byKey.Add(initializer, set);
            _inOrder.Add(set);
        }

        return set.Name;
    }
}
