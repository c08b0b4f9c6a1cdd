using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Modeling;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>Why a run's tracked step produced each of its outputs, for all APIs or for the one a client name picks out.</summary>
internal static class StepReasons
{
    public static IReadOnlyList<IncrementalStepRunReason> Of(GeneratorRunResult result, string step) =>
        Outputs(result, step).Select(output => output.Reason).ToList();

    public static IReadOnlyList<IncrementalStepRunReason> Of(GeneratorRunResult result, string step, string clientName) =>
        Outputs(result, step).Where(output => ClientOf(output.Value) == clientName).Select(output => output.Reason).ToList();

    /// <summary>There were outputs, and each had <paramref name="expected"/> as its reason.</summary>
    public static void AssertAll(IncrementalStepRunReason expected, IReadOnlyList<IncrementalStepRunReason> reasons)
    {
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Equal(expected, reason));
    }

    /// <summary>Every output of every step in <paramref name="steps"/> was taken from the last run or recomputed equal.</summary>
    public static void AssertNothingChanged(GeneratorRunResult result, IEnumerable<string> steps, string edit)
    {
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"Step {step} was not tracked.");
            Assert.All(Of(result, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} produced a new output ({reason}) after {edit}."));
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs);

    // The values of the per-API steps each name their client; the generated files of one API all start with it.
    private static string? ClientOf(object value) => value switch
    {
        SpecInput input => input.ClientName,
        SpecParseResult parsed => parsed.Model?.ClientName,
        ApiModel model => model.ClientName,
        MockSpec mock => mock.ClientName,
        EmitResult emitted => emitted.Files.Select(f => f.HintName.Split('.')[0]).Distinct().SingleOrDefault(),
        EmitUnit unit => unit.Model.ClientName,
        PlanResult plan => plan.Units.Select(u => u.Model.ClientName).FirstOrDefault(),
        _ => null,
    };
}
