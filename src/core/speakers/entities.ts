/**
 * Clusters mentions into sources. A person's name joins the entity with the same surname ("Putin" joins
 * "Vladimir Putin"); an organisation joins by its name or acronym ("KCNA" joins "Korean Central News Agency
 * (KCNA)", also by initials); an unnamed role phrase joins the entity with the same words ("U.S. officials").
 * A lone surname shared by two people joins the more recent one and marks the merge weak.
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entity';
import { FactsMemo, initials, type NameFacts } from './names';
import { surnameMatch } from './surnameMatch';
import { NameOpenings } from './nameOpenings';
import { organisationByInitials } from './initialsOwner';

export type { Entity } from './entity';

export class EntityTable {
  readonly all: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly byAcronym = new Map<string, Entity>();
  /**
   * Organisations by the initials of their names, the one named last winning: "Al-Qaeda in the Arabian
   * Peninsula … According to Associated Press … AP reported" — AP is the press agency. An acronym the text
   * gives (byAcronym) goes first.
   */
  private readonly byInitials = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly facts = new FactsMemo();
  /** The opening words of every name an entity has had, for lone first names and short forms (nameOpenings.ts). */
  private readonly openings = new NameOpenings(this.facts, this.all);

  /** `facts`: the name's, when the caller has them already (one memo lookup fewer per new entity). */
  private create(key: string, info: MentionInfo, name: string, members: readonly string[] = [], facts: NameFacts = this.facts.ofName(name)): Entity {
    // Every field set here, `weakMerge` too: entities of one shape keep the resolution code monomorphic.
    const e: Entity = { id: `s${this.all.length + 1}`, name, aliases: new Set(), role: info.name ? info.role : null, kind: info.kind, gender: info.gender, plural: info.plural, acronym: info.acronym, surname: null, key, members, weakMerge: undefined, wordsMemo: undefined };
    this.all.push(e);
    this.openings.add(name, facts);
    this.byKey.set(key, e);
    if (info.acronym) this.byAcronym.set(info.acronym, e);
    if (info.kind === 'organization' && info.name && info.name.includes(' ')) {
      const init = initials(info.name);
      if (init.length >= 2) this.byInitials.set(init, e);
    }
    return e;
  }

  /** The entity a non-pronoun mention names, created when new. */
  resolve(info: MentionInfo): Entity {
    if (info.parts.length) {
      const members = info.parts.map((p) => this.resolve(p));
      const key = 'joint:' + members.map((m) => m.id).join('+');
      const joint = this.byKey.get(key) ?? this.create(key, info, members.map((m) => m.name).join('; '), members.map((m) => m.id));
      if (info.text !== joint.name) joint.aliases.add(info.text);
      return joint;
    }
    const e = info.name ? this.resolveName(info, info.name) : this.resolveRole(info);
    this.absorb(e, info);
    return e;
  }

  private resolveName(info: MentionInfo, name: string): Entity {
    const acronymOwner = this.byAcronym.get(name) ?? (info.acronym ? this.byAcronym.get(info.acronym) : undefined) ?? this.byInitials.get(name) ?? organisationByInitials(this.all, info, name);
    if (acronymOwner) return acronymOwner;
    const facts = this.facts.ofName(name);
    const words = facts.words;
    // "Paris" after "Valeska Paris" is her, not the city.
    const known = words.length === 1 ? this.bySurname.get(facts.full) : undefined;
    const person = (info.kind !== 'organization' && info.kind !== 'group') || (known !== undefined && known.length > 0);
    if (person) {
      const surname = facts.surname;
      const same = this.bySurname.get(surname) ?? [];
      const match = same.length ? surnameMatch(same, info, words, facts.full) : null;
      if (match) {
        const exact = match.entity;
        if (words.length > this.facts.ofName(exact.name).spacedWords) this.named(exact, name);
        if (words.length === 1 && match.rivals.length > 1 && !exact.weakMerge) exact.weakMerge = `"${name}" could be any of: ${match.rivals.map((e) => e.name).join(', ')}`;
        // "former President Bill Clinton, standing by her side, Hillary Clinton told … Clinton promised …": the
        // person named last comes last among those sharing the surname, so a lone surname after it is that person.
        if (same[same.length - 1] !== exact) this.bySurname.set(surname, [...same.filter((x) => x !== exact), exact]);
        return exact;
      }
      const byFirstName = words.length === 1 ? this.openings.byFirstName(facts.full) : null;
      if (byFirstName) return byFirstName;
      const owner = this.openings.shortFormOwner(name, facts.shortWords);
      if (owner) { owner.kind = 'organization'; return owner; }
      const e = this.create(`name:${facts.full}:${this.all.length}`, info, name, [], facts);
      e.surname = surname;
      this.bySurname.set(surname, [...same, e].slice(-8));
      return e;
    }
    return this.byKey.get(facts.orgKey) ?? this.openings.shortFormOwner(name, facts.shortWords) ?? this.create(facts.orgKey, info, name, [], facts);
  }

  private named(e: Entity, name: string): void {
    e.name = name;
    this.openings.add(name);
  }

  private resolveRole(info: MentionInfo): Entity {
    // "a police spokesman" introduces someone new each time; "U.S. officials", "the leaders" refer back.
    const facts = this.facts.ofRole(info.text);
    const key = facts.indefinite ? `${facts.key}:${this.all.length}` : facts.key;
    // "Halvard Mining Ltd said … Halvard said": a capitalised word opening a sentence, not known for a name.
    const known = this.byKey.get(key);
    if (known) return known;
    const owner = /^\p{Lu}\S*$/u.test(info.text) ? this.openings.shortFormOwner(info.text, facts.asName.shortWords) : null;
    return owner ?? this.create(key, info, info.text, [], facts.asName);
  }

  /** Adds what a new mention tells about an entity: alias, role, kind, gender, acronym. */
  private absorb(e: Entity, info: MentionInfo): void {
    if (info.text !== e.name) e.aliases.add(info.text);
    if (info.name && info.name !== e.name) e.aliases.add(info.name);
    if (info.acronym && !e.acronym) { e.acronym = info.acronym; this.byAcronym.set(info.acronym, e); }
    if (info.acronym && info.acronym !== e.name) e.aliases.add(info.acronym);
    if (!e.role && info.role && info.name) e.role = info.role;
    if (e.kind === 'unknown' && info.kind !== 'unknown') e.kind = info.kind;
    if (!e.gender && info.gender) { e.gender = info.gender; e.kind = 'person'; }
  }

  /** A new group's fuller name ("Students at Lakeside College" for "Students"); the head stays an alias. */
  qualify(e: Entity, name: string): void {
    if (name === e.name) return;
    e.aliases.add(e.name);
    e.name = name;
  }

  /** Merges a description entity into a named one ("Bush's national security adviser, Condoleezza Rice"). */
  link(description: Entity, named: Entity): void {
    if (description === named) return;
    this.byKey.set(description.key, named);
    this.addDescription(named, description.name);
    if (!named.gender && description.gender) named.gender = description.gender;
  }

  /** Links a description to a named entity (apposition: "Bush's national security adviser, Condoleezza Rice"). */
  addDescription(e: Entity, description: string): void {
    if (description && description !== e.name) e.aliases.add(description);
    // "a spokeswoman" from the mention, then "a spokeswoman for the airline" from the apposition: the fuller one.
    if (!e.role || (description.startsWith(e.role) && description.length > e.role.length)) e.role = description;
  }
}
