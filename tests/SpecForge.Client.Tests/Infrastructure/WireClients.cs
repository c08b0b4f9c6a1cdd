using WireApi;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>The fixture's client pointed at a recording server; most operations need the document's bearer token.</summary>
internal static class WireClients
{
    public static WireApiClient For(RecordingServer server, string? bearerToken = "t") =>
        new(server.CreateClient(), new WireApiClientOptions { BaseUrl = server.BaseAddress.ToString(), BearerAuthToken = bearerToken });
}
