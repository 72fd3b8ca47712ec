using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Testing;

namespace BriefingBot.Benchmarks.Who;

/// <summary>
/// The <c>who</c> command: synthetic stories (people with roles, organisations, places; 2-4 KB of text each, spread over
/// the look-back window) go into the in-memory story store, and "/who" runs through the real <see cref="WhoLookup"/> and
/// <see cref="WhoService"/> from the core's composition. Prints the index build time, look-up latency by kind of query
/// (full names, surnames, typos, unknown names; first asks and repeats) after a warm-up, and memory per 10,000 stories.
/// Latencies are wall-clock per call, garbage collections included.
/// </summary>
internal static class WhoBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var storyCount = BenchmarkArgs.Option(args, "--stories") ?? 100_000;
        var queryCount = BenchmarkArgs.Option(args, "--queries") ?? 4_000;
        var random = new Random(20261201);
        var world = new WhoWorld(random);
        using var services = new CoreTestServices(Now);

        var heapBefore = Heap();
        for (var i = 0; i < storyCount; i++)
        {
            await services.Stories.AddAsync(world.Story(i, Now), CancellationToken.None);
        }

        var heapStories = Heap();
        var lookup = services.Get<WhoLookup>();
        var (build, buildCpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        var index = await lookup.IndexAsync(CancellationToken.None);
        build.Stop();
        buildCpu = Process.GetCurrentProcess().TotalProcessorTime - buildCpu;
        var heapIndex = Heap();
        var all = services.Stories.All;
        var (rebuild, rebuildCpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        GC.KeepAlive(WhoIndex.Build(all));
        rebuild.Stop();
        rebuildCpu = Process.GetCurrentProcess().TotalProcessorTime - rebuildCpu;

        // Warm-up (JIT and tiering) on the same code through the service, so no answer is cached by it.
        var service = new WhoService();
        foreach (var (_, query) in world.Queries(1_000))
        {
            service.Lookup(query, index);
        }

        var queries = world.Queries(queryCount);
        var firstAsk = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var firstAskCpu = new List<double>();
        var repeat = new List<double>();
        var outcomes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var (gen0, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        var (cpu, wall) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
        foreach (var (kind, query) in queries)
        {
            var threadCpu = ThreadCpu.Now();
            var watch = Stopwatch.StartNew();
            var result = await lookup.LookupAsync(query, CancellationToken.None);
            watch.Stop();
            var ms = watch.Elapsed.TotalMilliseconds;
            if (asked.Add(query))
            {
                if (threadCpu is { } before && ThreadCpu.Now() is { } after)
                {
                    firstAskCpu.Add((after - before).TotalMilliseconds);
                }

                (firstAsk.TryGetValue(kind, out var list) ? list : firstAsk[kind] = []).Add(ms);
                var counts = outcomes.TryGetValue(kind, out var c) ? c : outcomes[kind] = new int[3];
                counts[result switch { WhoResult.Found => 0, WhoResult.Ambiguous => 1, _ => 2 }]++;
            }
            else
            {
                repeat.Add(ms);
            }
        }

        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries.Count;
        var wallPerQuery = wall.Elapsed.TotalMilliseconds / queries.Count;
        (gen0, gen2, allocated) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, GC.GetTotalAllocatedBytes() - allocated);
        // An ingest pass stores 100 stories and moves the generation: the next look-up adds them to the index.
        var clock = services.Clock;
        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 100; i++)
        {
            await services.Stories.AddAsync(world.Story(storyCount + i, clock.GetUtcNow(), justSeen: true), CancellationToken.None);
        }

        services.Get<StoryGeneration>().Advance();
        var catchUp = Stopwatch.StartNew();
        await lookup.LookupAsync("Nobody Known", CancellationToken.None);
        catchUp.Stop();
        var caughtUp = (await lookup.IndexAsync(CancellationToken.None)).StoryCount;

        var table = new Table("queries", "count", "p50 ms", "p99 ms", "max ms", "found / ambiguous / unknown");
        foreach (var (kind, times) in firstAsk)
        {
            var o = outcomes[kind];
            table.Add($"{kind}, first ask", times.Count, Percentile(times, 50), Percentile(times, 99), times.Max(), $"{o[0]} / {o[1]} / {o[2]}");
        }

        var allFirst = firstAsk.Values.SelectMany(t => t).ToList();
        table.Add("all first asks", allFirst.Count, Percentile(allFirst, 50), Percentile(allFirst, 99), allFirst.Max(), "");
        if (firstAskCpu.Count > 0)
        {
            table.Add("all first asks, CPU time of the asking thread", firstAskCpu.Count, Percentile(firstAskCpu, 50), Percentile(firstAskCpu, 99), firstAskCpu.Max(), "");
        }

        if (repeat.Count > 0)
        {
            table.Add("repeats (cached answers)", repeat.Count, Percentile(repeat, 50), Percentile(repeat, 99), repeat.Max(), "");
        }

        table.Add($"first look-up after an ingest stored 100 stories (added: index holds {caughtUp:N0})", 1, catchUp.Elapsed.TotalMilliseconds, "", "", "");
        table.Add("no index: group the 2,000 newest stories per query (the old path)", 20, OldPath(services, queries), "", "", "");
        table.Print($"/who over {storyCount:N0} synthetic stories ({index.EntityCount:N0} entities), {Environment.ProcessorCount} cores");
        var per10K = 10_000.0 / storyCount / (1024 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index build (first look-up after a change): {build.Elapsed.TotalMilliseconds:F0} ms wall-clock, {buildCpu.TotalMilliseconds:F0} ms of CPU (a second build, warm: {rebuild.Elapsed.TotalMilliseconds:F0} ms, {rebuildCpu.TotalMilliseconds:F0} ms of CPU); memory per 10,000 stories: " +
            $"stories in the store {(heapStories - heapBefore) * per10K:F1} MB, index on top {(heapIndex - heapStories) * per10K:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"during the queries: {allocated / queries.Count / 1024.0:F0} KB allocated per query, {gen0} gen0 and {gen2} gen2 collections; " +
            $"mean per query {wallPerQuery:F2} ms wall-clock, {cpuPerQuery:F2} ms of CPU (all threads; the gap is time spent waiting for a core)"));
        GC.KeepAlive(index);
        return 0;
    }

    /// <summary>Median time of the old path: every look-up grouped the newest 2,000 stories itself.</summary>
    private static double OldPath(CoreTestServices services, List<(string Kind, string Query)> queries)
    {
        var newest = services.Stories.All.OrderByDescending(s => s.FirstSeenAt).Take(2_000).ToList();
        var who = new WhoService();
        var times = new List<double>();
        foreach (var (_, query) in queries.Take(20))
        {
            var watch = Stopwatch.StartNew();
            who.Lookup(query, newest);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Percentile(times, 50);
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
