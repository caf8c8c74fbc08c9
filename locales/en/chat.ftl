# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = Chat to an adviser
chat-entry-open-note = Online now. Free, private, and you do not have to give your name.
chat-entry-closed = Online chat is closed: no adviser is available right now.
chat-entry-refer = Leave your details and we will contact you
chat-opens-today = Chat usually opens today at { $time }.
chat-opens-tomorrow = Chat usually opens tomorrow at { $time }.
chat-opens-on = Chat usually opens on { $day } at { $time }.
chat-opens-unknown = Please call, or leave your details.

chat-title = Chat to an adviser
chat-intro = You can chat with a trained adviser in private. We will not ask your name, email or phone number. You can leave at any time with the Exit button.
chat-safe-question = Is it safe for you to chat now?
chat-safe-yes = Yes, it is safe
chat-safe-no = No, not right now
chat-unsafe-advice = Please leave this page now with the Exit button and come back when it is safe. If you are in danger, call 999.
chat-language-label = Language you want to chat in
chat-start = Start chat
chat-needs-js = The chat needs JavaScript, which is turned off in this browser. You can call the helpline or leave your details instead.

chat-live-heading = Your chat
chat-log-label = Messages
chat-message-label = Your message
chat-send = Send
chat-leave = Leave chat
chat-leave-confirm = Leave the chat? The adviser will be told you have gone.
chat-ended-heading = The chat has ended
chat-ended-offer = If you want us to contact you, leave safe contact details. You can also find other services that can help.
chat-leave-details = Leave safe contact details
chat-see-directory = See who can help

chat-connecting = Connecting…
chat-reconnecting = The connection was lost. Reconnecting… Your messages are kept.
chat-queue-position = You are number { $position } in the queue.
chat-queue-wait = Estimated wait: { $minutes ->
    [one] about 1 minute
   *[other] about { $minutes } minutes
}.
chat-queue-soon = An adviser will be with you very soon.
chat-offered = An adviser is about to join.
chat-active = You are chatting with an adviser.
chat-you = You
chat-adviser = Adviser
chat-typing = The adviser is typing…
chat-sending = Sending…
chat-delivered = Sent
chat-read = Read
chat-not-sent = Not sent yet. It will be sent when the connection is back.

chat-event-joined = An adviser has joined the chat.
chat-event-transferred = Another adviser has taken over the chat.
chat-event-adviser-lost = Your adviser lost their connection. You are back at the front of the queue.
chat-event-requeued = You are back in the queue for the next free adviser.
chat-event-inactive-warning = Are you still there? The chat will close soon unless you send a message.
chat-event-referral-created = The adviser has made a referral for you, as you agreed.

chat-ended-visitor-left = You left the chat.
chat-ended-adviser-ended = The adviser ended the chat.
chat-ended-inactive = The chat closed because nobody wrote for a while.
chat-ended-wait-over = We are sorry: no adviser could take your chat in time.
chat-ended-gone = This chat has ended.
chat-ended-busy = All our advisers are busy and the queue is full just now. Please call the 24-hour helpline below, or leave safe contact details and we will contact you.
chat-ended-too-many = Too many chats have been started from this connection. Please call the 24-hour helpline below, or leave safe contact details and we will contact you.
chat-ended-elsewhere = This chat has moved to another tab or window. Nothing of it is kept here.

chat-error-too-long = Your message is too long. Please split it into shorter messages.
chat-error-slow-down = You are sending very quickly. Please wait a moment.
chat-error-unavailable = The chat is not available just now. Please try again, or call the helpline.
chat-error-empty = Write a message first.
