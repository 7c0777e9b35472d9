val payload = "Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n"
// Bytes, not a String: OkHttp would add "; charset=utf-8" to the content type.
val body = RequestBody.create(MediaType.get("text/plain; charset=utf-8"), payload.toByteArray())

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/notes/1")
    .put(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
