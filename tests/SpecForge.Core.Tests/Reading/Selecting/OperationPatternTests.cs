using System.Linq;
using SpecForge.Core.Reading.Selecting;

namespace SpecForge.Core.Tests.Reading.Selecting;

public sealed class OperationPatternTests
{
    private static readonly SpecOperation GetRepo = new("/repos/{owner}/{repo}", "GET", "repos/get", new[] { "repos" });

    [Theory]
    [InlineData("tag:repos", "Tag", "repos", null)]
    [InlineData("TAG: repos ", "Tag", "repos", null)]
    [InlineData("operationId:repos/get", "OperationId", "repos/get", null)]
    [InlineData("repos/get", "OperationId", "repos/get", null)]
    [InlineData("/repos/**", "Path", "/repos/**", null)]
    [InlineData("get /repos/**", "Path", "/repos/**", "GET")]
    [InlineData("DELETE\t /repos/*", "Path", "/repos/*", "DELETE")]
    [InlineData("GET repos/**", "OperationId", "GET repos/**", null)]
    [InlineData("FETCH /repos", "OperationId", "FETCH /repos", null)]
    public void Each_text_is_read_by_the_first_rule_that_fits(string text, string kind, string value, string? method)
    {
        var pattern = OperationPattern.Parse(text);

        Assert.Equal((kind, value, method), (pattern.Kind.ToString(), pattern.Value, pattern.Method));
    }

    [Theory]
    [InlineData("tag:repos", true)]
    [InlineData("tag:Repos", false)]
    [InlineData("tag:rep", false)]
    [InlineData("repos/get", true)]
    [InlineData("operationId:repos/get", true)]
    [InlineData("Repos/Get", false)]
    [InlineData("GET /repos/{owner}/{repo}", true)]
    [InlineData("get /repos/{owner}/{repo}", true)]
    [InlineData("POST /repos/{owner}/{repo}", false)]
    [InlineData("/repos/{owner}/{repo}", true)]
    public void Tags_and_operation_ids_match_exactly_and_methods_in_any_case(string text, bool matches)
    {
        Assert.Equal(matches, OperationPattern.Parse(text).Matches(GetRepo));
    }

    [Theory]
    [InlineData("/repos/*/*", "/repos/{owner}/{repo}", true)]
    [InlineData("/repos/*", "/repos/{owner}/{repo}", false)]
    [InlineData("/repos/**", "/repos/{owner}/{repo}/issues/{issue_number}", true)]
    [InlineData("/repos/**", "/repos", true)]
    [InlineData("/repos/**", "/repositories", false)]
    [InlineData("/**/issues", "/repos/{owner}/{repo}/issues", true)]
    [InlineData("/**/issues", "/issues", true)]
    [InlineData("/**/issues", "/repos/{owner}/{repo}/issues/{issue_number}", false)]
    [InlineData("/repos/**/comments/**", "/repos/{owner}/{repo}/issues/comments/{comment_id}", true)]
    [InlineData("/**", "/", true)]
    [InlineData("/**/**/**/**/x", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/y", false)]
    public void Star_is_one_segment_and_double_star_any_number(string glob, string path, bool matches)
    {
        Assert.Equal(matches, new PathGlob(glob).IsMatch(path));
    }

    [Theory]
    [InlineData("/repos/{o}/{r}", "/repos/{owner}/{repo}", true)]
    [InlineData("/repos/{}/{}", "/repos/{owner}/{repo}", true)]
    [InlineData("/repos/octocat/{repo}", "/repos/{owner}/{repo}", false)]
    [InlineData("/repos/{owner}/{repo}", "/repos/octocat/hello", false)]
    [InlineData("/files/{name}.json", "/files/{id}.json", true)]
    [InlineData("/files/*.json", "/files/{id}.json", true)]
    [InlineData("/files/*.json", "/files/{id}.xml", false)]
    [InlineData("/pe*s", "/pets", true)]
    [InlineData("/pets*", "/pets", true)]
    [InlineData("/Pets", "/pets", false)]
    [InlineData("/pets", "/pets/", true)]
    [InlineData("/pets/", "/pets", true)]
    public void Variables_match_any_variable_and_literals_only_themselves(string glob, string path, bool matches)
    {
        Assert.Equal(matches, new PathGlob(glob).IsMatch(path));
    }

    [Fact]
    public void Several_values_split_on_semicolons_and_line_breaks_and_ignore_blanks()
    {
        var filter = OperationFilter.From(new[] { "tag:a; GET /b/** ;\n  c/d\r\n", null, " ; " }, new[] { "tag:a", "e" });

        Assert.Equal(new[] { "tag:a", "GET /b/**", "c/d" }, filter.Include.ToArray());
        Assert.Equal(new[] { "tag:a", "e" }, filter.Exclude.ToArray());
        Assert.Same(OperationFilter.All, OperationFilter.From(" ; ", null));
        Assert.True(OperationFilter.All.KeepsAll);
    }
}
