// The receiving side of one accepted raft connection: every message is checked against the
// certificate of the connection it came on before the driver sees it, and streamed snapshots are
// reassembled and acknowledged.
import type { RaftTransportHandlers } from "../node/seams.js";
import { decodeMessage } from "../raft/codec.js";
import { RaftError } from "../raft/errors.js";
import type { Message, NodeId } from "../raft/types.js";
import { isLocalMessage, messageTypeName, MessageType } from "../raft/types.js";
import type { FramedConnection } from "./connection.js";
import { TransportError } from "./errors.js";
import type { Frame } from "./frame.js";
import { SnapshotAssembler } from "./snapshot-assembler.js";

export interface InboundOptions {
  /** The node id the connection's certificate names, and its Raft id. */
  readonly certifiedNodeId: string;
  readonly certifiedRaftId: NodeId;
  readonly localRaftId: NodeId;
  readonly snapshotBytesMax: number;
}

export class InboundRaftConnection {
  private readonly assembler: SnapshotAssembler;

  constructor(
    readonly connection: FramedConnection,
    private readonly options: InboundOptions,
    private readonly handlers: RaftTransportHandlers,
    onClose: () => void,
  ) {
    this.assembler = new SnapshotAssembler(options.snapshotBytesMax);
    connection.start({
      onFrame: (frame) => this.receive(frame),
      onClose: () => {
        this.assembler.abandon();
        onClose();
      },
    });
  }

  close(reason: string): void {
    this.connection.close(reason);
  }

  private receive(frame: Frame): void {
    switch (frame.kind) {
      case "raftBatch": {
        // The whole batch is checked first: a frame is delivered whole or dropped whole.
        const messages = frame.messages.map((bytes) => this.check(bytes));
        for (const message of messages) this.handlers.onMessage(message);
        return;
      }
      case "snapshotChunk":
        this.receiveChunk(frame);
        return;
      default:
        throw new TransportError({ code: "FRAME_UNEXPECTED", kind: frame.kind, channel: "raft (listener)" });
    }
  }

  private receiveChunk(chunk: Extract<Frame, { kind: "snapshotChunk" }>): void {
    const step = this.assembler.add(chunk);
    switch (step.kind) {
      case "partial":
        return;
      case "invalid":
        if (step.abandoned !== null) this.ack(step.abandoned, false, step.error.message);
        throw step.error;
      case "complete": {
        let message: Message;
        try {
          message = this.check(step.header);
          if (message.type !== MessageType.Snap || message.snapshot === null) {
            throw new TransportError({
              code: "SNAPSHOT_INVALID",
              reason: "the first chunk does not carry a MsgSnap",
            });
          }
        } catch (error) {
          this.ack(step.snapshotId, false, error instanceof Error ? error.message : String(error));
          throw error;
        }
        this.handlers.onMessage({ ...message, snapshot: { ...message.snapshot, data: step.data } });
        this.ack(step.snapshotId, true, "");
        return;
      }
    }
  }

  /** check decodes one message and holds it to the connection's certificate. */
  private check(bytes: Uint8Array): Message {
    let message: Message;
    try {
      message = decodeMessage(bytes);
    } catch (error) {
      if (error instanceof RaftError) {
        throw new TransportError({ code: "MESSAGE_MALFORMED", reason: error.message }, { cause: error });
      }
      throw error;
    }
    if (isLocalMessage(message.type)) {
      throw new TransportError({
        code: "MESSAGE_MALFORMED",
        reason: `${messageTypeName(message.type)} is local to a node`,
      });
    }
    if (message.from !== this.options.certifiedRaftId) {
      throw new TransportError({
        code: "SENDER_MISMATCH",
        from: message.from,
        certified: this.options.certifiedNodeId,
      });
    }
    if (message.to !== this.options.localRaftId) {
      throw new TransportError({ code: "WRONG_RECIPIENT", to: message.to, local: this.options.localRaftId });
    }
    return message;
  }

  private ack(snapshotId: number, ok: boolean, reason: string): void {
    this.connection.write({ kind: "snapshotAck", snapshotId, ok, reason });
  }
}
