using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>
/// Paths are served at the root, yet a client that keeps the server's base path, or an operation with its own absolute
/// server (TrustPager has four), sends the base path too; those requests must reach the same operation.
/// </summary>
public sealed class MockServerPathTests
{
    private const string Spec = """
        {'openapi':'3.1.0','info':{'title':'t','version':'1'},
         'servers':[{'url':'https://api.example.com/v1/'},{'url':'https://{region}.example.com/r'}],
         'paths':{
           '/pets/{id}':{'get':{'parameters':[{'name':'id','in':'path','required':true,'schema':{'type':'integer'}}],
             'responses':{'200':{'description':'ok','content':{'application/json':{'schema':{'type':'object','properties':{'id':{'type':'integer'}}},'example':{'id':1}}}}}}},
           '/upload':{'post':{'servers':[{'url':'https://files.example.com/functions/v1'}],
             'responses':{'204':{'description':'stored'}}}}}}
        """;

    private static readonly MockEngine Engine = MockTestHost.FromJson(Spec);

    [Theory]
    [InlineData("/pets/7")]
    [InlineData("/v1/pets/7")]
    public void The_document_server_base_path_is_optional(string path)
    {
        var response = Engine.Send("GET", path);

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("/v2/pets/7", 200)]
    [InlineData("/v3/pets/7", 200)]
    [InlineData("/v4/pets/7", 404)]
    public void A_templated_base_path_is_optional_at_its_default_and_listed_values(string path, int status)
    {
        var engine = MockTestHost.FromJson(Spec.Replace(
            "{'url':'https://{region}.example.com/r'}",
            "{'url':'https://{region}.example.com/{version}','variables':{'region':{'default':'eu'},'version':{'default':'v2','enum':['v2','v3']}}}"));

        Assert.Equal(status, engine.Send("GET", path).Status);
    }

    [Fact]
    public void An_invalid_path_value_under_the_base_path_is_still_checked()
    {
        var response = Engine.Send("GET", "/v1/pets/seven");

        Assert.Equal(400, response.Status);
        Assert.Equal(new[] { "/path/id type" }, response.ErrorKeys());
    }

    [Fact]
    public void An_operation_server_base_path_reaches_the_operation()
    {
        Assert.Equal(204, Engine.Send("POST", "/functions/v1/upload").Status);
    }

    [Theory]
    [InlineData("/v2/pets/7")]
    [InlineData("/r/pets/7")]
    [InlineData("/v1pets/7")]
    public void Other_prefixes_and_templated_servers_are_not_base_paths(string path)
    {
        Assert.Equal(404, Engine.Send("GET", path).Status);
    }
}
