using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Runtime;
using SpecForge.RuntimeMapping;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>
/// The emitted runtime holds what the SDKs reach by name: an internal member nothing kept names is left out, anything
/// a build for another target, an override, a public type or an #if needs stays.
/// </summary>
public sealed class RuntimeTrimmerTests
{
    private static readonly CSharpParseOptions Latest = Compilations.ParseOptions(LanguageVersion.Latest);

    private const string Helpers = """
        namespace SpecForge.Runtime.Client
        {
            using System;

            internal static class Helpers
            {
                /// <summary>Called by the SDK.</summary>
                public static string Used(string value) => Inner(value);

                /// <summary>Called only by Used.</summary>
                private static string Inner(string value) => value.Trim();

                /// <summary>Nothing calls this.</summary>
                public static string Unused(string value) => value;

                private static readonly string Cache = "c", Other = "o";

                public static string Portable(string value)
                {
        #if NET8_0_OR_GREATER
                    return value;
        #else
                    return OnlyOnOldFrameworks(value);
        #endif
                }

                private static string OnlyOnOldFrameworks(string value) => value;

        #if NET8_0_OR_GREATER
                private static string Fenced(string value) => value;
        #endif
            }

            internal sealed class Orphan
            {
                public override string ToString() => "orphan";
            }

            internal abstract class Node
            {
                public abstract string Describe();

                protected virtual string Label => "node";
            }

            internal sealed class Leaf : Node
            {
                public override string Describe() => Label;

                protected override string Label => "leaf";
            }

            [AttributeUsage(AttributeTargets.Class)]
            internal sealed class MarkerAttribute : Attribute
            {
            }
        }
        """;

    private const string Surface = """
        namespace SpecForge.Runtime
        {
            /// <summary>A public type: API whether or not an SDK calls it.</summary>
            public sealed class Visible
            {
                public string NobodyCallsThis() => "api";
            }

            internal static class Alone
            {
                public static int Value => 1;
            }
        }
        """;

    private const string Scopes = """
        namespace SpecForge.Runtime.Client
        {
            internal sealed class Settings
            {
                public int Timeout { get; set; }

                public int Retries { get; set; }
            }

            internal static class Writer
            {
                public static string Run(object value) => Format(value) + string.Join(",", "a");

                public static int Wait(Holder holder) => holder.Settings.Timeout;

                private static string Format(object value) => value.ToString() ?? "";
            }

            internal static class Reader
            {
                public static string Format(object value) => "";

                public static string Join(string value) => value;
            }

            internal sealed class Holder
            {
                public Settings Settings { get; } = new();
            }
        }
        """;

    private static IReadOnlyDictionary<string, string> Trim(params string[] uses)
    {
        var sources = new[] { new RuntimeSource("Client", "Helpers.cs", Helpers), new RuntimeSource("Surface", "Visible.cs", Surface), new RuntimeSource("Client", "Scopes.cs", Scopes) };
        var map = RuntimeMap.Parse(RuntimeMapBuilder.Serialize(sources.Select(s => new RuntimeFile(s.Folder, s.FileName, s.Text)), RuntimeText.Fingerprint));
        return RuntimeTrimmer.Trim(map, sources, uses).ToDictionary(pair => pair.Key.FileName, pair => pair.Value);
    }

    [Fact]
    public void A_member_the_sdk_names_is_kept_with_what_it_calls_and_an_unnamed_one_goes_with_its_doc_comment()
    {
        var helpers = Trim("Helpers", "Used")["Helpers.cs"];

        Assert.Contains("public static string Used(string value)", helpers, StringComparison.Ordinal);
        Assert.Contains("private static string Inner(string value)", helpers, StringComparison.Ordinal);
        Assert.DoesNotContain("Unused", helpers, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing calls this", helpers, StringComparison.Ordinal);
        Assert.DoesNotContain("Cache", helpers, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_only_an_inactive_branch_names_is_kept_for_the_target_that_compiles_it()
    {
        var helpers = Trim("Helpers", "Portable")["Helpers.cs"];

        Assert.Contains("OnlyOnOldFrameworks(string value) => value;", helpers, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_inside_an_if_stays_so_no_directive_is_left_unbalanced()
    {
        var helpers = Trim("Helpers")["Helpers.cs"];

        Assert.Contains("private static string Fenced(string value) => value;", helpers, StringComparison.Ordinal);
        Assert.Equal(CountOf(helpers, "#if"), CountOf(helpers, "#endif"));
    }

    [Fact]
    public void Overrides_stay_with_their_type_and_keep_the_members_they_override()
    {
        var helpers = Trim("Helpers", "Leaf")["Helpers.cs"];

        Assert.Contains("public override string Describe() => Label;", helpers, StringComparison.Ordinal);
        Assert.Contains("public abstract string Describe();", helpers, StringComparison.Ordinal);
        Assert.Contains("protected virtual string Label", helpers, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_nobody_names_goes_and_an_attribute_is_named_without_its_suffix()
    {
        var without = Trim("Helpers")["Helpers.cs"];
        var with = Trim("Helpers", "Marker")["Helpers.cs"];

        Assert.DoesNotContain("class Orphan", without, StringComparison.Ordinal);
        Assert.DoesNotContain("MarkerAttribute", without, StringComparison.Ordinal);
        Assert.Contains("class MarkerAttribute", with, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_type_keeps_every_member_and_a_file_with_nothing_kept_is_left_out()
    {
        var files = Trim("Visible");

        Assert.Contains("NobodyCallsThis", files["Visible.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("class Alone", files["Visible.cs"], StringComparison.Ordinal);
        Assert.False(files.ContainsKey("Helpers.cs"));
    }

    [Fact]
    public void A_bare_name_means_its_own_types_member_and_a_framework_types_member_means_none_of_the_runtimes()
    {
        var scopes = Trim("Writer", "Run", "Reader")["Scopes.cs"];

        Assert.Contains("private static string Format(object value) => value.ToString()", scopes, StringComparison.Ordinal);
        Assert.DoesNotContain("public static string Format(object value) => \"\";", scopes, StringComparison.Ordinal);
        Assert.DoesNotContain("public static string Join(string value)", scopes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_read_through_a_property_named_like_its_type_is_kept_on_every_type()
    {
        var scopes = Trim("Writer", "Wait")["Scopes.cs"];

        Assert.Contains("public int Timeout { get; set; }", scopes, StringComparison.Ordinal);
        Assert.DoesNotContain("Retries", scopes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdk_uses_are_the_runtime_names_its_words_match_whole()
    {
        var uses = RuntimeTrimmer.UsesIn(new[]
        {
            new GeneratedFile("A.g.cs", "x = global::Acme.SpecForge.Client.JsonCodec.ExpectToken(ref reader); // ExpectTokenX 0x1Encode"),
        });

        Assert.Contains("JsonCodec", uses);
        Assert.Contains("ExpectToken", uses);
        Assert.DoesNotContain("Encode", uses);
        Assert.DoesNotContain("Acme", uses);
        Assert.Equal(uses.OrderBy(n => n, StringComparer.Ordinal), uses);
    }

    [Fact]
    public void The_map_the_build_wrote_is_of_every_runtime_source_as_it_is_emitted()
    {
        var map = RuntimeMap.Parse(RuntimeMapData.Text);

        Assert.All(RuntimeSources.All, source => Assert.Single(map.Files, file => file.Maps(source)));
        Assert.Equal(RuntimeSources.All.Count, map.Files.Count);
    }

    [Fact]
    public void Every_name_the_runtime_may_drop_keeps_the_runtime_whole()
    {
        var sources = RuntimeSources.All;
        var everything = RuntimeMap.Parse(RuntimeMapData.Text).Vocabulary;

        var trimmed = RuntimeTrimmer.Trim(sources, everything);

        Assert.All(sources, source => Assert.Equal(source.Text, trimmed[source]));
    }

    // A part trimmed to what its own public types reach must still compile: the least any SDK can ask for.
    [Theory]
    [InlineData(RuntimePart.Json)]
    [InlineData(RuntimePart.Enums)]
    [InlineData(RuntimePart.Client)]
    [InlineData(RuntimePart.Paging)]
    [InlineData(RuntimePart.Validation)]
    [InlineData(RuntimePart.Patterns)]
    [InlineData(RuntimePart.Mocking)]
    public void Each_part_trimmed_to_nothing_the_sdk_names_compiles_cleanly(string part)
    {
        var files = new List<string>();
        RuntimeEmitter.Emit(new RuntimeRequest("Acme.SpecForge", new[] { part }.ToEquatableArray()) { Uses = EquatableArray<string>.Empty }, (_, source) => files.Add(source));
        var compilation = Compilations.Create(Latest, files.ToArray());

        var problems = Compilations.Problems(compilation, Latest);

        Assert.True(problems.Count == 0, Compilations.Describe(problems));
    }

    private static int CountOf(string text, string word) => text.Split(new[] { word }, StringSplitOptions.None).Length - 1;
}
