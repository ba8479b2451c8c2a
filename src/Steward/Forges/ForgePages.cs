using System.Runtime.CompilerServices;

namespace Steward.Forges;

/// <summary>
/// The one reading of a forge list over its pages (labels, issues, statuses, pull requests, releases, assets): page 1,
/// 2, ... up to the client's limit, each answer read into its items as it comes, ending after the last page
/// (<see cref="ForgePaging"/>: a short page, unless the client says otherwise). A caller that finds what it wants reads
/// no page after it.
/// </summary>
internal static class ForgePages
{
    /// <param name="pageUrl">The URL of page N (1-based).</param>
    /// <param name="read">Reads one answer into its items (the client's DTOs).</param>
    public static async IAsyncEnumerable<IReadOnlyList<T>> ReadAsync<T>(ForgeHttp http, Func<int, Uri> pageUrl, Func<ForgeResponse, IReadOnlyList<T>> read,
        ForgePaging paging, [EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var page = 1; page <= paging.MaxPages; page++)
        {
            var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, pageUrl(page), Idempotent: true), cancellation);
            var items = read(response);
            yield return items;
            if (paging.Ends(response, items.Count))
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page, in order.</summary>
    public static async Task<List<T>> AllAsync<T>(ForgeHttp http, Func<int, Uri> pageUrl, Func<ForgeResponse, IReadOnlyList<T>> read,
        ForgePaging paging, CancellationToken cancellation)
    {
        var all = new List<T>();
        await foreach (var page in ReadAsync(http, pageUrl, read, paging, cancellation))
        {
            all.AddRange(page);
        }

        return all;
    }

    /// <summary>The first item that matches, reading no page after the one it is on; null when no page has it.</summary>
    public static async Task<T?> FirstAsync<T>(ForgeHttp http, Func<int, Uri> pageUrl, Func<ForgeResponse, IReadOnlyList<T>> read, Func<T, bool> match,
        ForgePaging paging, CancellationToken cancellation)
        where T : class
    {
        await foreach (var page in ReadAsync(http, pageUrl, read, paging, cancellation))
        {
            if (page.FirstOrDefault(match) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
