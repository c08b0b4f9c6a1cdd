// Shared runtime: every item of every page of a paged operation. One async iterator here instead of one per paged
// operation, each of which the user's compiler would build on every build.
namespace SpecForge.Runtime.Client
{
    // No modifiers here: ApiTransport.cs declares them, and turns internal when emitted into an SDK.
    partial class ApiTransport
    {
        /// <summary>
        /// The items of each page in turn, for cursor and last-item paging: the first request sends <paramref name="start"/>
        /// and each next one what the page before it gave. A cursor already sent ends the pages instead of looping.
        /// </summary>
        /// <param name="shape">Where the items are and what says another page follows.</param>
        /// <param name="start">What the caller passed for the first page.</param>
        /// <param name="send">Sends the request for a page, given the cursor to send and the enumeration's cancellation.</param>
        /// <param name="read">The generated reader of one item.</param>
        /// <param name="cancellationToken">The caller's token; a token given to the enumeration applies too.</param>
        public global::System.Collections.Generic.IAsyncEnumerable<T> CursorPagesAsync<T>(PageShape shape, string? start, global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, JsonCodec.ReadFunc<T> read, global::System.Threading.CancellationToken cancellationToken) =>
            FollowAsync(shape, start, 0, (cursor, _, token) => send(cursor, token), read, cancellationToken);

        /// <summary>
        /// The items of each page in turn, for page and offset paging: <paramref name="send"/> is given how many pages
        /// (page paging) or items (offset paging) were read before the request, 0 for the first, which sends the caller's own value.
        /// </summary>
        /// <param name="shape">Where the items are and what says another page follows.</param>
        /// <param name="first">The first request's offset as a number (0 when the caller gave none), for comparing with a total.</param>
        /// <param name="send">Sends the request for a page, given how far it is from the first and the enumeration's cancellation.</param>
        /// <param name="read">The generated reader of one item.</param>
        /// <param name="cancellationToken">The caller's token; a token given to the enumeration applies too.</param>
        public global::System.Collections.Generic.IAsyncEnumerable<T> NumberedPagesAsync<T>(PageShape shape, double first, global::System.Func<long, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, JsonCodec.ReadFunc<T> read, global::System.Threading.CancellationToken cancellationToken) =>
            FollowAsync(shape, null, first, (_, advance, token) => send(advance, token), read, cancellationToken);

        private async global::System.Collections.Generic.IAsyncEnumerable<T> FollowAsync<T>(
            PageShape shape,
            string? cursor,
            double first,
            global::System.Func<string?, long, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send,
            JsonCodec.ReadFunc<T> read,
            [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
        {
            var sentCursors = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            long pagesRead = 0;
            long itemsRead = 0;
            while (true)
            {
                global::System.Text.Json.JsonDocument document;
                using (var response = await send(cursor, shape.Kind == PageShape.Kinds.Page ? pagesRead : itemsRead, cancellationToken).ConfigureAwait(false))
                {
                    document = await ReadDocumentAsync(response, cancellationToken).ConfigureAwait(false);
                }

                using (document)
                {
                    var root = document.RootElement;
                    var pageCount = 0;
                    global::System.Text.Json.JsonElement lastItem = default;
                    foreach (var item in Wire.PageItems(root, shape.Items))
                    {
                        pageCount++;
                        lastItem = item;
                        yield return ReadElement(item, read);
                    }

                    pagesRead++;
                    itemsRead += pageCount;
                    if (shape.HasMore is { } hasMore && Wire.At(root, hasMore) is { ValueKind: global::System.Text.Json.JsonValueKind.False })
                    {
                        yield break;
                    }

                    switch (shape.Kind)
                    {
                        case PageShape.Kinds.Cursor:
                            var next = Wire.NextCursor(root, shape.Next);
                            if (string.IsNullOrEmpty(next) || next == cursor || !sentCursors.Add(next!))
                            {
                                yield break;
                            }

                            cursor = next;
                            break;
                        case PageShape.Kinds.LastItem:
                            if (pageCount == 0 || Wire.At(lastItem, shape.Next!) is not { } lastId || lastId.ValueKind == global::System.Text.Json.JsonValueKind.Null)
                            {
                                yield break;
                            }

                            cursor = Wire.Format(lastId);
                            break;
                        default:
                            var position = shape.Kind == PageShape.Kinds.Offset ? first + itemsRead : itemsRead;
                            if (pageCount == 0 || (shape.Total is { } total && position >= Wire.Total(root, total)))
                            {
                                yield break;
                            }

                            break;
                    }
                }
            }
        }
    }
}
