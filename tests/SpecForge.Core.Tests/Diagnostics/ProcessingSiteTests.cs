using System;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Tests.Diagnostics;

/// <summary>SF9999 is reported at the element being processed when the exception was thrown, not at the file's start.</summary>
public sealed class ProcessingSiteTests
{
    private sealed class Locator : ISourceLocator
    {
        public SourcePosition Locate(string jsonPointer) => jsonPointer == "/components/schemas/Pet" ? new SourcePosition(12, 5) : SourcePosition.Start;
    }

    [Fact]
    public void The_filter_sees_the_innermost_site_before_the_scopes_close()
    {
        (string FilePath, SourcePosition Position, string What)? seen = null;
        try
        {
            using (ProcessingSite.Enter("spec.yaml", new Locator(), "/paths"))
            using (ProcessingSite.Enter("spec.yaml", new Locator(), "/components/schemas/Pet"))
            {
                throw new InvalidOperationException("boom");
            }
        }
        catch (Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            seen = site;
        }

        Assert.Equal(("spec.yaml", new SourcePosition(12, 5), "/components/schemas/Pet"), seen);
        Assert.Null(ProcessingSite.Current);
    }

    [Fact]
    public void An_internal_error_is_located_at_the_site_and_names_it()
    {
        var error = SpecPipeline.InternalError(new InvalidOperationException("boom"), "fallback.yaml", ("docs.md", new SourcePosition(40, 1), "the operation GET /pets"));

        Assert.Equal(("SF9999", "docs.md", 40, 1), (error.Id, error.FilePath, error.Line, error.Column));
        Assert.Contains("while processing the operation GET /pets: InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_site_an_internal_error_is_at_the_start_of_the_file()
    {
        var error = SpecPipeline.InternalError(new InvalidOperationException("boom"), "spec.yaml");

        Assert.Equal(("spec.yaml", 1, 1), (error.FilePath, error.Line, error.Column));
    }

    [Fact]
    public void Cancellation_is_not_an_internal_error()
    {
        Assert.False(ProcessingSite.IsUnexpected(new OperationCanceledException(), out _));
    }
}
