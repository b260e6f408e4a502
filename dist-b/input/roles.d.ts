import type { Role } from '../types.js';
import type { SpeakerLabels } from './speakers.js';
export interface RoleTurn {
    speaker: string | null;
    text: string;
    /** Set by the format when it knows (authoritative unless the config says otherwise). */
    role?: Role | undefined;
    channel?: number | undefined;
}
export interface RoleOptions {
    speakerRoles?: Readonly<Record<string, Role>> | undefined;
    labels: SpeakerLabels;
}
/** The role a label or role word stands for (`AGENT`, `Оператор 2`, `客服（小王）`), if any. */
export declare function roleOfName(name: string, labels: SpeakerLabels): Role | undefined;
/** How much a speaker's opening sounds like an agent's. */
export declare function greetingScore(opening: string): number;
export interface RoleAssignment {
    /** Role per turn, in order. */
    roles: Role[];
    /** Human-readable notice when anything was guessed. */
    notice?: string;
}
export declare function assignRoles(turns: readonly RoleTurn[], opts: RoleOptions): RoleAssignment;
