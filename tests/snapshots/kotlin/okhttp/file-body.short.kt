// No MediaType: the Content-Type header below is sent as given.
val body = RequestBody.create(null, File("{payloadPath}"))

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/v1/blobs/42")
    .header("Content-Type", "application/octet-stream")
    .put(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
