// Shared runtime: how the validation exceptions word their message, beside the exceptions rather than the checks,
// because an SDK without typed validators still throws them from its mock and its options still name them.
namespace SpecForge.Runtime.Validation
{
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text;

    /// <summary>The message of an exception that carries violations: a headline, then one line per violation.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class ViolationText
    {
        public static string Describe(string headline, IReadOnlyList<ConstraintViolation> violations)
        {
            var text = new StringBuilder(headline);
            text.Append(violations.Count == 1 ? " (1 violation):" : " (" + violations.Count.ToString(CultureInfo.InvariantCulture) + " violations):");
            foreach (var violation in violations)
            {
                text.Append('\n').Append("  ").Append(violation.ToString());
            }

            return text.ToString();
        }
    }
}
