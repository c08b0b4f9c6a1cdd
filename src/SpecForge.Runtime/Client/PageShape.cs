// Shared runtime: what a paged operation's responses look like, as data, so the loop that follows the pages is written
// once (ApiTransport.Paging.cs) instead of as an async iterator per operation.
namespace SpecForge.Runtime.Client
{
    /// <summary>How a paged operation's responses are read: where the items are, and what says another page follows.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class PageShape
    {
        internal enum Kinds
        {
            Cursor,
            LastItem,
            Page,
            Offset,
        }

        private PageShape(Kinds kind, string? items, string? next, string? total, string? hasMore)
        {
            Kind = kind;
            Items = items;
            Next = next;
            Total = total;
            HasMore = hasMore;
        }

        internal Kinds Kind { get; }

        // JSON pointers into a page: "" when the page is the array, null to find the items at run time.
        internal string? Items { get; }

        // Cursor: the next cursor (null to find it at run time); LastItem: the member of the last item the next request sends.
        internal string? Next { get; }

        internal string? Total { get; }

        internal string? HasMore { get; }

        /// <summary>Each response says where the next page starts.</summary>
        public static PageShape Cursor(string? items, string? nextCursor, string? hasMore) => new(Kinds.Cursor, items, nextCursor, null, hasMore);

        /// <summary>The next page starts after the last item's <paramref name="itemId"/>.</summary>
        public static PageShape LastItem(string? items, string itemId, string? hasMore) => new(Kinds.LastItem, items, itemId, null, hasMore);

        /// <summary>Pages are numbered; a page without items, or as many items as <paramref name="total"/> says, ends them.</summary>
        public static PageShape Page(string? items, string? total, string? hasMore) => new(Kinds.Page, items, null, total, hasMore);

        /// <summary>Requests say how many items to skip; a page without items, or reaching <paramref name="total"/>, ends them.</summary>
        public static PageShape Offset(string? items, string? total, string? hasMore) => new(Kinds.Offset, items, null, total, hasMore);
    }
}
