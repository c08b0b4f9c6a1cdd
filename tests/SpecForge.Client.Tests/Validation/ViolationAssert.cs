using System.Collections.Generic;
using System.Linq;
using SpecForge.Client.Tests.SpecForge;

namespace SpecForge.Client.Tests.Validation;

/// <summary>Compares violations by what a caller reads from them: pointer, keyword and limit.</summary>
internal static class ViolationAssert
{
    public static void None(IReadOnlyList<ConstraintViolation> violations) =>
        Assert.True(violations.Count == 0, "Expected no violations, got: " + string.Join("; ", violations));

    public static void Exactly(IReadOnlyList<ConstraintViolation> violations, params (string Path, string Rule, string? Limit)[] expected) =>
        Assert.Equal(expected, violations.Select(v => (v.Path, v.Rule, v.Limit)).ToArray());
}
