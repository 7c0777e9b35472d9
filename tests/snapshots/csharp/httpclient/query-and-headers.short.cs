using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="))
{
    request.Headers.TryAddWithoutValidation("Authorization", "Bearer {token}");
    request.Headers.TryAddWithoutValidation("X-Quote", "it's \"quoted\" $HOME");
    request.Headers.TryAddWithoutValidation("X-Empty", "");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
