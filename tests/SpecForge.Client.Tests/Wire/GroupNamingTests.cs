using System;
using System.Linq;
using System.Threading.Tasks;
using MoviesApi;
using SpecForge.Client.Tests.Infrastructure;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Specs/movies.yaml as a generated client: inside a tag's group the tag's word is gone from method names in either
/// number, except where that would make two names one; the client itself keeps full names.
/// </summary>
public sealed class GroupNamingTests
{
    private const string MovieJson = """{"id":"42","title":"Heat"}""";

    [Fact]
    public async Task The_movie_by_id_is_fetched_with_client_Movies_GetByIdAsync()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, MovieJson));

        var movie = await On(server).Movies.GetByIdAsync("42");

        Assert.Equal("GET", server.Single.Method);
        Assert.Equal("/movies/42", server.Single.RawTarget);
        Assert.Equal(("42", "Heat"), (movie.Id, movie.Title));
    }

    [Fact]
    public async Task Each_short_name_sends_its_own_operation()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => request.Method == "PUT"
            ? ScriptedResponse.Empty(204)
            : ScriptedResponse.Json(request.Method == "POST" ? 201 : 200, request.Path == "/movies" && request.Method == "POST" ? MovieJson : "[]"));
        var client = On(server);

        await client.Movies.ListAsync();
        await client.Movies.CreateAsync(new Movie { Id = "1", Title = "Ran" });
        await client.Movies.GetCastAsync("1");
        await client.Movies.UpdateRatingAsync("1", new UpdateMovieRatingRequest { Stars = 5 });
        await client.Category.ListAsync();

        Assert.Equal(
            new[] { "GET /movies", "POST /movies", "GET /movies/1/cast", "PUT /movies/1/rating", "GET /categories" },
            server.Requests.Select(r => r.Method + " " + r.RawTarget));
    }

    [Fact]
    public void Colliding_short_names_and_words_that_only_start_like_the_tag_keep_the_full_name()
    {
        // getMovie and getMovies would both be Get; listMoviegoers has no word Movie in it.
        var methods = typeof(IMoviesClient).GetMethods().Select(m => m.Name).Where(n => !n.EndsWith("WithResponseAsync", StringComparison.Ordinal));

        Assert.Equal(
            new[] { "CreateAsync", "GetByIdAsync", "GetCastAsync", "GetMovieAsync", "GetMoviesAsync", "ListAsync", "ListMoviegoersAsync", "UpdateRatingAsync" },
            methods.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_operation_without_a_tag_keeps_its_full_name_on_the_client()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(200, "trailer"));

        var trailer = await On(server).GetMovieTrailerAsync("42");

        Assert.Equal("/trailers/42", server.Single.RawTarget);
        Assert.Equal("trailer", trailer);
    }

    private static MoviesApiClient On(RecordingServer server) =>
        new(server.CreateClient(), new MoviesApiClientOptions { BaseUrl = server.BaseAddress.ToString() });
}
