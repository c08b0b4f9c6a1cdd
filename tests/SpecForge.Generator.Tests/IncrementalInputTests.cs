using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;
using static SpecForge.Generator.Tests.Infrastructure.SeedFiles;

namespace SpecForge.Generator.Tests;

/// <summary>
/// Each kind of input (markdown pages grouped by Api, a markdown reference, template overrides, a mock) re-runs only
/// what its edit touches (DESIGN.md rules 3 and 7).
/// </summary>
public sealed class IncrementalInputTests
{
    private const string StoreClient = "StoreClient";
    private const string StorePath = "/specs/store-v30.yaml";
    private const string TemplatePath = "/templates/Dto.Members.sbncs";
    private const string NotesPath = "/docs/notes.md";

    private static readonly string[] AllSteps =
    {
        TrackingNames.SpecInputs, TrackingNames.Parse, TrackingNames.Model, TrackingNames.ParseDiagnostics,
        TrackingNames.Templates, TrackingNames.TargetSupport, TrackingNames.EmitOptions, TrackingNames.Emit, TrackingNames.Runtime,
    };

    // Roslyn records the mock's steps only in a run where some spec has a mock.
    private static readonly string[] AllStepsWithMock = AllSteps.Concat(new[] { TrackingNames.MockSpec, TrackingNames.EmitMock }).ToArray();

    // Markdown too, to show the generator goes by an item's kind, never by its extension.
    private static TestFile Notes => new(NotesPath, "# Notes\n", Kind: "");

    private static TestFile Store(string? mock = null) =>
        new(StorePath, File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: StoreClient, Mock: mock);

    [Fact]
    public void Markdown_inputs_stay_cached_after_a_code_edit_and_after_an_edit_of_a_file_that_is_not_a_spec()
    {
        var session = IncrementalSession.Start(MindhuntersPages().Append(TrustPagerReference()).Append(Notes).ToArray());

        StepReasons.AssertNothingChanged(session.EditCode(), AllSteps, "a code edit");
        StepReasons.AssertNothingChanged(session.EditFile(NotesPath, text => text + "More.\n"), AllSteps, "an edit of a file that is not a spec");
    }

    [Fact]
    public void Pages_sharing_an_api_name_are_one_input_with_the_others_as_companions()
    {
        var session = IncrementalSession.Start(MindhuntersPages().Append(Store()).ToArray());

        var inputs = session.Last.TrackedSteps[TrackingNames.SpecInputs].SelectMany(s => s.Outputs).Select(o => (SpecInput)o.Value).ToList();
        Assert.Equal(new[] { StoreClient, MindhuntersClient }, inputs.Select(i => i.ClientName));
        var mindhunters = inputs.Single(i => i.ClientName == MindhuntersClient);
        Assert.Equal("/specs/mindhunters/create-a-contact-pool.txt", mindhunters.Path);
        Assert.Equal(
            new[] { "/specs/mindhunters/get-a-single-pbx-extension-connector.md", "/specs/mindhunters/llms.v2.txt" },
            mindhunters.Companions.Select(c => c.Path));
    }

    [Fact]
    public void Editing_one_page_of_an_api_group_re_reads_that_api_and_no_other()
    {
        var session = IncrementalSession.Start(MindhuntersPages().Append(Store()).ToArray());

        var second = session.EditFile(ContactPoolPage, text => text.Replace("Display name. 3-255 characters.", "The pool's display name, 3 to 255 characters."));

        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.Parse, MindhuntersClient));
        Assert.Contains(Modified, StepReasons.Of(second, TrackingNames.Emit, MindhuntersClient));
        Assert.Equal(new[] { Cached }, StepReasons.Of(second, TrackingNames.Parse, StoreClient));
        StepReasons.AssertAll(Cached, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
    }

    [Fact]
    public void A_template_edit_re_emits_every_api_without_re_reading_any()
    {
        var session = IncrementalSession.Start(MindhuntersPages().Append(Store()).Append(new TestFile(TemplatePath, "        // first", Kind: "Template")).ToArray());

        var second = session.EditFile(TemplatePath, _ => "        // second");

        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.Templates));
        Assert.Equal(new[] { Cached, Cached }, StepReasons.Of(second, TrackingNames.Parse));
        Assert.Contains(Modified, StepReasons.Of(second, TrackingNames.Emit, MindhuntersClient));
        Assert.Contains(Modified, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
        Assert.All(
            second.GeneratedSources.Where(s => s.HintName.Contains(".Models.", System.StringComparison.Ordinal)),
            dto => Assert.Contains("// second", dto.SourceText.ToString(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_spec_edit_leaves_the_templates_and_the_other_apis_cached()
    {
        var session = IncrementalSession.Start(MindhuntersPages().Append(Store()).Append(new TestFile(TemplatePath, "        // hook", Kind: "Template")).ToArray());

        var second = session.EditFile(StorePath, text => text.Replace("Item", "Article"));

        Assert.Equal(new[] { Cached }, StepReasons.Of(second, TrackingNames.Templates));
        Assert.Contains(Modified, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
        StepReasons.AssertAll(Cached, StepReasons.Of(second, TrackingNames.Emit, MindhuntersClient));
    }

    [Fact]
    public void A_mock_spec_stays_cached_after_a_code_edit_and_after_an_edit_of_a_file_that_is_not_a_spec()
    {
        var session = IncrementalSession.Start(new[] { Store(mock: "true"), Notes });
        Assert.Contains(session.Last.GeneratedSources, s => s.HintName == "StoreClient.MockServer.g.cs");

        StepReasons.AssertNothingChanged(session.EditCode(), AllStepsWithMock, "a code edit");
        StepReasons.AssertNothingChanged(session.EditFile(NotesPath, text => text + "More.\n"), AllStepsWithMock, "an edit of a file that is not a spec");
    }

    [Fact]
    public void A_mock_spec_edit_re_reads_it_and_re_emits_its_mock()
    {
        var session = IncrementalSession.Start(new[] { Store(mock: "true") });
        var mockBefore = MockServer(session.Last);

        var second = session.EditFile(StorePath, text => text.Replace("Item", "Article"));

        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.Parse, StoreClient));
        Assert.Contains(Modified, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.EmitMock, StoreClient));
        Assert.NotEqual(mockBefore, MockServer(second));
        Assert.Contains("Article", MockServer(second), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_only_edit_of_a_mock_spec_keeps_its_model_unchanged()
    {
        var session = IncrementalSession.Start(new[] { Store(mock: "true") });

        // The mock embeds the spec as JSON, so this holds only if that JSON carries no trace of the text's layout.
        var second = session.EditFile(StorePath, text => "# A comment that moves every line down.\n\n" + text + "\n# And one at the end.\n");

        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.SpecInputs, StoreClient));
        Assert.Equal(new[] { Unchanged }, StepReasons.Of(second, TrackingNames.Parse, StoreClient));
        StepReasons.AssertAll(Cached, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
        Assert.Equal(new[] { Cached }, StepReasons.Of(second, TrackingNames.EmitMock, StoreClient));
    }

    [Fact]
    public void An_edit_only_the_mock_serves_re_renders_the_mock_and_leaves_the_sdk_as_it_was()
    {
        var session = IncrementalSession.Start(new[] { Store(mock: "true") });

        // The contact is served in openapi.json by the mock but written into no SDK type.
        var second = session.EditFile(StorePath, text => text.Replace("info:", "info:\n  contact: { email: api@example.com }", System.StringComparison.Ordinal));

        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.MockSpec, StoreClient));
        Assert.Equal(new[] { Unchanged }, StepReasons.Of(second, TrackingNames.Model, StoreClient));
        StepReasons.AssertAll(Cached, StepReasons.Of(second, TrackingNames.Emit, StoreClient));
        Assert.Equal(new[] { Modified }, StepReasons.Of(second, TrackingNames.EmitMock, StoreClient));
        Assert.Contains("api@example.com", MockServer(second), System.StringComparison.Ordinal);
    }

    private static string MockServer(GeneratorRunResult result) =>
        result.GeneratedSources.Single(s => s.HintName == "StoreClient.MockServer.g.cs").SourceText.ToString();
}
