using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SpecForge.Runtime.Client;
using Xunit;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// <see cref="JsonCodec.ReadBestFit{T}"/>, the object branch choice every generated union makes: best score first,
/// the next best from the same place when a branch cannot read the value, the first failure when none can.
/// </summary>
public sealed class BestFitTests
{
    private const string Json = """{"id":"7"}""";

    [Fact]
    public void The_highest_scoring_branch_reads_the_value()
    {
        var tried = new List<int>();

        var result = Read(new[] { 1, 3, 2 }, tried, failing: Array.Empty<int>());

        Assert.Equal("branch 1 read 7", result);
        Assert.Equal(new[] { 1 }, tried);
    }

    [Fact]
    public void A_branch_that_cannot_read_the_value_gives_way_to_the_next_best_from_the_same_place()
    {
        var tried = new List<int>();

        var result = Read(new[] { 2, 3, 1 }, tried, failing: new[] { 1 });

        Assert.Equal("branch 0 read 7", result);
        Assert.Equal(new[] { 1, 0 }, tried);
    }

    [Fact]
    public void When_every_fitting_branch_fails_the_first_failure_is_thrown_and_unfit_branches_are_never_tried()
    {
        var tried = new List<int>();

        var error = Assert.Throws<FormatException>(() => Read(new[] { 2, 0, 5, -1 }, tried, failing: new[] { 0, 2 }));

        Assert.Equal("branch 2 failed", error.Message);
        Assert.Equal(new[] { 2, 0 }, tried);
    }

    [Fact]
    public void No_branch_with_a_positive_score_reads_nothing()
    {
        var tried = new List<int>();

        Assert.Null(Read(new[] { 0, -1 }, tried, failing: Array.Empty<int>()));
        Assert.Empty(tried);
    }

    // Each branch reads the object's "id" after moving the reader, so a retry that did not rewind would read garbage.
    private static string? Read(int[] scores, List<int> tried, int[] failing)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(Json));
        reader.Read();
        return JsonCodec.ReadBestFit(ref reader, scores, (int branch, ref Utf8JsonReader r) =>
        {
            tried.Add(branch);
            Assert.Equal(JsonTokenType.StartObject, r.TokenType);
            r.Read();
            r.Read();
            if (Array.IndexOf(failing, branch) >= 0)
            {
                throw new FormatException($"branch {branch} failed");
            }

            var id = r.GetString();
            r.Read();
            return $"branch {branch} read {id}";
        });
    }
}
