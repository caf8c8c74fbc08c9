// The Socket.IO peer for bench/chat-load: visitors join their chat's room, advisers join the
// rooms of their chats, and every message is relayed to the rest of the room, across
// instances through @socket.io/redis-adapter. Like frontdoor it checks nothing a benchmark
// does not need; unlike frontdoor it keeps no record, queue or presence (see bench/README.md).
import { createServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";

const port = Number(process.env.PORT || 4000);
const pub = createClient({ url: process.env.REDIS_URL || "redis://127.0.0.1:6379" });
const sub = pub.duplicate();
await Promise.all([pub.connect(), sub.connect()]);

const http = createServer((req, res) => {
  res.writeHead(req.url === "/health" ? 200 : 404).end();
});
const io = new Server(http, { adapter: createAdapter(pub, sub), transports: ["websocket"], serveClient: false });

io.on("connection", (socket) => {
  socket.on("visitor", ({ chat }) => socket.join(String(chat)));
  socket.on("adviser", ({ chats }) => (chats || []).forEach((chat) => socket.join(String(chat))));
  socket.on("message", (message) => {
    if (!message || typeof message.text !== "string" || message.text.length > 2000) return;
    socket.to(String(message.chat)).emit("message", message);
  });
});

http.listen(port, "127.0.0.1");
