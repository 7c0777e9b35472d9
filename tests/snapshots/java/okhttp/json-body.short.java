String payload = """
        {
          "name": "Widget \\"Deluxe\\" it's 'quoted'",
          "path": "C:\\\\temp\\\\new",
          "shell": "$HOME #{x} ${y} `z`",
          "note": "line one\\nline two\\ttabbed",
          "unicode": "café 中文 😀 \\u202e\\u200b",
          "counts": [
            1,
            -2,
            1.5,
            1.0,
            12345678901234567890,
            0
          ],
          "flags": [
            true,
            false,
            null
          ],
          "empty": {
            "object": {},
            "list": []
          }
        }""";
// Bytes, not a String: OkHttp would append "; charset=utf-8" to the content type.
RequestBody body = RequestBody.create(
        payload.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"));

OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
        .url("https://api.example.com/v1/widgets")
        .header("x-api-key", "{apiKey}")
        .post(body)
        .build();

try (Response response = client.newCall(request).execute()) {
    System.out.println(response.code());
    System.out.println(response.body().string());
}
