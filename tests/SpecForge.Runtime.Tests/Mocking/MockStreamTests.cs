using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>A stream's schema describes one item, so the mock answers one framed item that a streaming client can read.</summary>
public sealed class MockStreamTests
{
    private const string Spec = """
        {'openapi':'3.1.0','info':{'title':'t','version':'1'},
         'paths':{
           '/chat':{'post':{'responses':{'200':{'description':'events','content':{'text/event-stream':{'schema':{'type':'string','const':'hello'}}}}}}},
           '/ticks':{'get':{'responses':{'200':{'description':'events','content':{'text/event-stream':{'schema':{'type':'object','required':['n'],'properties':{'n':{'type':'integer','const':3}}}}}}}}},
           '/lines':{'get':{'responses':{'200':{'description':'lines','content':{'application/x-ndjson':{'schema':{'type':'object','required':['n'],'properties':{'n':{'type':'integer','const':3}}}}}}}}}}}
        """;

    private static readonly MockEngine Engine = MockTestHost.FromJson(Spec);

    [Fact]
    public void A_string_event_is_sent_as_its_text()
    {
        var response = Engine.Send("POST", "/chat");

        Assert.Equal("text/event-stream", response.ContentType);
        Assert.Equal("data: hello\n\n", response.Text());
    }

    [Fact]
    public void An_object_event_is_sent_as_one_line_of_json()
    {
        Assert.Equal("data: {\"n\":3}\n\n", Engine.Send("GET", "/ticks").Text());
    }

    [Fact]
    public void A_json_lines_item_ends_with_a_newline()
    {
        Assert.Equal("{\"n\":3}\n", Engine.Send("GET", "/lines").Text());
    }
}
