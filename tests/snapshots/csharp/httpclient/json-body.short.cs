using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.example.com/v1/widgets"))
{
    request.Headers.TryAddWithoutValidation("x-api-key", "{apiKey}");
    var payload = @"{
      ""name"": ""Widget \""Deluxe\"" it's 'quoted'"",
      ""path"": ""C:\\temp\\new"",
      ""shell"": ""$HOME #{x} ${y} `z`"",
      ""note"": ""line one\nline two\ttabbed"",
      ""unicode"": ""café 中文 😀 \u202e\u200b"",
      ""counts"": [
        1,
        -2,
        1.5,
        1.0,
        12345678901234567890,
        0
      ],
      ""flags"": [
        true,
        false,
        null
      ],
      ""empty"": {
        ""object"": {},
        ""list"": []
      }
    }";
    request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
    request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
